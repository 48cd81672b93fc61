#!/usr/bin/env python3
"""Write examples/desk/archive.warc from the pages in examples/desk-src/warc-src/.

Input: warc-src/records.json (a list of {"file", "uri", "crawled"}) and the HTML files it names.
Output: an uncompressed WARC/1.1 file: a warcinfo record, then for each page a request record and
an HTTP response record (status line, headers, Content-Type text/html; charset=utf-8, exact
Content-Length), plus one text/plain response (robots.txt) that is not an article.

Record ids are UUIDs derived from the URI, so the file is byte-identical on every run.
The script re-reads what it wrote with a minimal reader and fails if any length is off.
"""

import base64
import hashlib
import json
import sys
import uuid
from email.utils import format_datetime
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "warc-src"
OUT = HERE.parent / "desk" / "archive.warc"
NS = uuid.UUID("6f1c2a52-33c4-4d36-9d0e-5e2b8f0a7c11")
IP = "192.0.2.44"  # TEST-NET-1: documentation address
ROBOTS_URI = "https://www.ostrandertimes.example/robots.txt"
ROBOTS = b"User-agent: *\nDisallow: /subscribe/\nDisallow: /search\n\nSitemap: https://www.ostrandertimes.example/sitemap.xml\n"


def rid(kind, uri):
    return f"<urn:uuid:{uuid.uuid5(NS, kind + ' ' + uri)}>"


def sha1_b32(data):
    return "sha1:" + base64.b32encode(hashlib.sha1(data).digest()).decode("ascii")


def record(headers, block):
    """One WARC record: version line, named fields, blank line, block, two CRLFs."""
    lines = ["WARC/1.1"] + [f"{k}: {v}" for k, v in headers + [("WARC-Block-Digest", sha1_b32(block))]]
    lines.append(f"Content-Length: {len(block)}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("ascii") + block + b"\r\n\r\n"


def http_response(body, content_type, crawled):
    when = format_datetime(crawled.astimezone(timezone.utc), usegmt=True)
    head = (f"HTTP/1.1 200 OK\r\n"
            f"Date: {when}\r\n"
            f"Server: nginx\r\n"
            f"Content-Type: {content_type}\r\n"
            f"Content-Length: {len(body)}\r\n"
            f"Cache-Control: public, max-age=300\r\n"
            f"X-Cache: HIT\r\n"
            f"\r\n").encode("ascii")
    return head + body


def http_request(uri):
    path = "/" + uri.split("/", 3)[3] if uri.count("/") >= 3 else "/"
    host = uri.split("/")[2]
    return (f"GET {path} HTTP/1.1\r\n"
            f"Host: {host}\r\n"
            f"User-Agent: ostrander-archiver/2.1 (+https://www.ostrandertimes.example/archive/bot)\r\n"
            f"Accept: text/html,application/xhtml+xml\r\n"
            f"Accept-Encoding: identity\r\n"
            f"\r\n").encode("ascii")


def stamp(dt):
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def pair(uri, body, content_type, crawled):
    req_id, resp_id = rid("request", uri), rid("response", uri)
    response = http_response(body, content_type, crawled)
    out = record([("WARC-Type", "request"), ("WARC-Record-ID", req_id), ("WARC-Date", stamp(crawled)),
                  ("WARC-Target-URI", uri), ("WARC-Concurrent-To", resp_id),
                  ("Content-Type", "application/http; msgtype=request")], http_request(uri))
    out += record([("WARC-Type", "response"), ("WARC-Record-ID", resp_id), ("WARC-Date", stamp(crawled)),
                   ("WARC-Target-URI", uri), ("WARC-IP-Address", IP),
                   ("WARC-Payload-Digest", sha1_b32(body)),
                   ("Content-Type", "application/http; msgtype=response")], response)
    return out


def build():
    specs = json.loads((SRC / "records.json").read_text(encoding="utf-8"))
    first = datetime.fromisoformat(specs[0]["crawled"])
    info = (b"software: newsdesk examples/desk-src/make_warc.py\r\n"
            b"format: WARC File Format 1.1\r\n"
            b"conformsTo: https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/\r\n"
            b"isPartOf: ostrander-times-news-crawl-2025-05\r\n"
            b"description: Invented example archive of the newsdesk project (not real news)\r\n")
    out = record([("WARC-Type", "warcinfo"), ("WARC-Record-ID", rid("warcinfo", "archive.warc")),
                  ("WARC-Date", stamp(first)), ("WARC-Filename", "archive.warc"),
                  ("Content-Type", "application/warc-fields")], info)
    out += pair(ROBOTS_URI, ROBOTS, "text/plain", first)
    for spec in specs:
        body = (SRC / spec["file"]).read_bytes()
        body.decode("utf-8")  # the pages are declared utf-8; refuse anything else
        out += pair(spec["uri"], body, "text/html; charset=utf-8", datetime.fromisoformat(spec["crawled"]))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(out)
    records = read_warc(OUT.read_bytes())
    html = [r for r in records if r["type"] == "response" and b"text/html" in r["http_headers"].get("content-type", b"")]
    if len(html) != len(specs):
        sys.exit(f"{OUT}: expected {len(specs)} HTML responses, read back {len(html)}")
    return records


def read_warc(data):
    """A minimal WARC reader: each record's declared Content-Length must land exactly on the
    CRLF CRLF that ends it; HTTP bodies must match their own Content-Length; digests must hold."""
    pos, records = 0, []
    while pos < len(data):
        end = data.index(b"\r\n\r\n", pos)
        lines = data[pos:end].split(b"\r\n")
        if lines[0] != b"WARC/1.1":
            raise ValueError(f"offset {pos}: expected WARC/1.1, found {lines[0]!r}")
        fields = {}
        for line in lines[1:]:
            k, v = line.split(b":", 1)
            fields[k.strip().lower()] = v.strip()
        length = int(fields[b"content-length"])
        block = data[end + 4:end + 4 + length]
        if len(block) != length or data[end + 4 + length:end + 8 + length] != b"\r\n\r\n":
            raise ValueError(f"offset {pos}: Content-Length {length} does not end at CRLF CRLF")
        if b"warc-block-digest" in fields and fields[b"warc-block-digest"].decode() != sha1_b32(block):
            raise ValueError(f"offset {pos}: block digest mismatch")
        rec = {"type": fields[b"warc-type"].decode(), "uri": fields.get(b"warc-target-uri", b"").decode(),
               "fields": fields, "http_headers": {}, "body": b""}
        if rec["type"] == "response":
            hend = block.index(b"\r\n\r\n")
            head = block[:hend].split(b"\r\n")
            if not head[0].startswith(b"HTTP/1.1 "):
                raise ValueError(f"offset {pos}: no HTTP status line")
            for line in head[1:]:
                k, v = line.split(b":", 1)
                rec["http_headers"][k.strip().lower().decode()] = v.strip()
            rec["body"] = block[hend + 4:]
            if int(rec["http_headers"]["content-length"]) != len(rec["body"]):
                raise ValueError(f"{rec['uri']}: HTTP Content-Length does not match the body")
            if fields[b"warc-payload-digest"].decode() != sha1_b32(rec["body"]):
                raise ValueError(f"{rec['uri']}: payload digest mismatch")
        records.append(rec)
        pos = end + 4 + length + 4
    return records


if __name__ == "__main__":
    recs = build()
    for r in recs:
        ct = r["http_headers"].get("content-type", b"").decode()
        print(f"{r['type']:9} {len(r['body']):6} {ct:26} {r['uri']}")
    print(f"wrote {OUT.relative_to(HERE.parent.parent)} ({OUT.stat().st_size} bytes, {len(recs)} records)")
