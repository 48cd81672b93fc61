#!/usr/bin/env python3
"""Writes the WARC fixtures beside this script (invented pages; run it again after editing).

archive.warc      four records: a warcinfo, a request, an HTML response (utf-8) and a CSS response;
                  then an HTML response served chunked and gzip-encoded in windows-1252.
archive.warc.gz   the same records, one gzip member each (as crawlers write them).
truncated.warc.gz the same members with the last one cut in half: the records before it are kept.
"""
import gzip
import os

HERE = os.path.dirname(os.path.abspath(__file__))

PAGE1 = """<!doctype html><html><head><title>Night buses return to Corran</title>
<meta property="og:site_name" content="Corran Evening Post"></head><body>
<nav><a href="/">Home</a> <a href="/transport">Transport</a></nav>
<article><h1>Night buses return to Corran</h1>
<p>Night buses will run again between Corran and the airport from Friday, after the transport authority found drivers for the three routes it cut last winter.</p>
<p>Buses will leave the central station every forty minutes between midnight and five in the morning, the authority said.</p></article>
<footer>Corran Evening Post, 1 Quay Lane</footer></body></html>"""

PAGE2 = """<html><head><meta charset="windows-1252"><title>Gr\u00fcnfeld bakery wins award</title></head><body>
<div class="content"><p>The bakery in Gr\u00fcnfeld that Ren\u00e9e Stahl opened in 2019 won the regional bread prize on Sunday for its rye loaf, \u201cthe best in a decade\u201d according to the jury.</p></div>
</body></html>"""


def http(body: bytes, headers: str) -> bytes:
    return ("HTTP/1.1 200 OK\r\n" + headers + "\r\n").encode() + body


def record(kind: str, uri: str, block: bytes, content_type: str) -> bytes:
    head = (
        "WARC/1.1\r\n"
        f"WARC-Type: {kind}\r\n"
        f"WARC-Target-URI: {uri}\r\n"
        "WARC-Date: 2031-06-01T10:00:00Z\r\n"
        f"Content-Type: {content_type}\r\n"
        f"Content-Length: {len(block)}\r\n\r\n"
    )
    return head.encode() + block + b"\r\n\r\n"


def records() -> list:
    info = b"software: make_warc.py\r\nformat: WARC File Format 1.1\r\n"
    request = b"GET /night-buses HTTP/1.1\r\nHost: corran-post.example\r\n\r\n"
    page1 = PAGE1.encode("utf-8")
    page2 = gzip.compress(PAGE2.encode("windows-1252"))
    chunked = b"%x\r\n%s\r\n0\r\n\r\n" % (len(page2), page2)
    return [
        b"WARC/1.1\r\nWARC-Type: warcinfo\r\nContent-Type: application/warc-fields\r\n"
        + f"Content-Length: {len(info)}\r\n\r\n".encode() + info + b"\r\n\r\n",
        record("request", "https://corran-post.example/night-buses", request, "application/http;msgtype=request"),
        record("response", "https://corran-post.example/night-buses",
               http(page1, "Content-Type: text/html; charset=utf-8\r\n"), "application/http;msgtype=response"),
        record("response", "https://corran-post.example/style.css",
               http(b"body{margin:0}", "Content-Type: text/css\r\n"), "application/http;msgtype=response"),
        record("response", "https://gruenfeld-news.example/bakery",
               http(chunked, "Content-Type: text/html; charset=windows-1252\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n"),
               "application/http;msgtype=response"),
    ]


def main():
    recs = records()
    with open(os.path.join(HERE, "archive.warc"), "wb") as f:
        f.write(b"".join(recs))
    members = [gzip.compress(r, mtime=0) for r in recs]
    with open(os.path.join(HERE, "archive.warc.gz"), "wb") as f:
        f.write(b"".join(members))
    with open(os.path.join(HERE, "truncated.warc.gz"), "wb") as f:
        f.write(b"".join(members[:-1]) + members[-1][: len(members[-1]) // 2])


if __name__ == "__main__":
    main()
