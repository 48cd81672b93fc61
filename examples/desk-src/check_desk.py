#!/usr/bin/env python3
"""Check the example desk against its gold, without cargo.

Reads every file under examples/desk/ the way the ingest convention says (ids: .txt/.html/.htm
file name without extension, .jsonl `id`, RSS <guid>, Atom <id>, WARC-Target-URI of each HTML
response) and checks that:
  - every file parses: JSON lines, XML feeds (xml.etree), HTML pages (html.parser, with balanced
    tags, in the charset they declare), the JSON-LD they embed, the WARC (exact lengths and
    digests, through make_warc.read_warc), dates in every format used;
  - every id is unique, every id in examples/desk.gold.jsonl exists in the files and vice versa;
  - examples/desk.stories.json agrees with the gold (names, sizes, article lists);
then prints the counts per story, per format and per outlet. Exit status 1 on any problem.
"""

import json
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

import make_warc

HERE = Path(__file__).resolve().parent
EXAMPLES = HERE.parent
DESK = EXAMPLES / "desk"
NS = {"atom": "http://www.w3.org/2005/Atom", "content": "http://purl.org/rss/1.0/modules/content/"}
VOID = {"meta", "link", "img", "br", "input", "hr", "source", "wbr", "area", "base", "col", "embed", "param", "track"}

problems = []


def problem(where, what):
    problems.append(f"{where}: {what}")


class Page(HTMLParser):
    """Collects title, meta properties, JSON-LD and visible text; checks tag balance."""

    def __init__(self, where):
        super().__init__(convert_charrefs=True)
        self.where, self.stack, self.meta, self.ld, self.text = where, [], {}, [], []
        self.title, self._in, self._buf = None, None, []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "meta":
            key = a.get("property") or a.get("name")
            if key:
                self.meta[key] = a.get("content", "")
        if tag == "link" and a.get("rel") == "canonical":
            self.meta["canonical"] = a.get("href", "")
        if tag not in VOID:
            self.stack.append(tag)
        if tag in ("title", "script", "style"):
            self._in, self._buf = (tag, a.get("type")), []

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.stack.pop()

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            problem(self.where, f"unbalanced </{tag}> (open: {self.stack[-3:]})")
            return
        self.stack.pop()
        if self._in and self._in[0] == tag:
            body = "".join(self._buf)
            if tag == "title":
                self.title = body.strip()
            elif tag == "script" and self._in[1] == "application/ld+json":
                try:
                    self.ld.append(json.loads(body))
                except json.JSONDecodeError as e:
                    problem(self.where, f"JSON-LD does not parse: {e}")
            self._in = None

    def handle_data(self, data):
        if self._in:
            self._buf.append(data)
        elif data.strip():
            self.text.append(data.strip())

    def done(self):
        self.close()
        if self.stack:
            problem(self.where, f"unclosed tags {self.stack}")
        return self


def declared_charset(raw):
    m = re.search(rb'<meta[^>]+charset=["\']?([A-Za-z0-9_-]+)', raw[:2048], re.I)
    return m.group(1).decode("ascii").lower() if m else "utf-8"


def read_page(raw, where, charset=None):
    charset = charset or declared_charset(raw)
    try:
        text = raw.decode({"windows-1252": "cp1252"}.get(charset, charset))
    except UnicodeDecodeError as e:
        problem(where, f"not valid {charset}: {e}")
        return None, charset
    page = Page(where)
    page.feed(text)
    return page.done(), charset


def check_article_page(page, where):
    """Story pages carry the metadata the ingest reads: site name, URL, date, NewsArticle."""
    for key in ("og:site_name", "og:url", "canonical", "article:published_time"):
        if not page.meta.get(key):
            problem(where, f"missing {key}")
    articles = [n for ld in page.ld for n in (ld.get("@graph") or [ld]) if n.get("@type") == "NewsArticle"]
    if not articles:
        problem(where, "no JSON-LD NewsArticle")
    for n in articles:
        if not n.get("author") or not n.get("datePublished"):
            problem(where, "JSON-LD NewsArticle without author or datePublished")
        else:
            datetime.fromisoformat(n["datePublished"].replace("Z", "+00:00"))


def iso_or_rfc(s, where):
    try:
        if re.match(r"\d{4}-\d{2}-\d{2}", s):
            return date.fromisoformat(s[:10])
        return parsedate_to_datetime(s).date()
    except (ValueError, TypeError) as e:
        problem(where, f"date {s!r} does not parse: {e}")
        return None


def collect():
    """(id -> record) for every article the desk holds."""
    found = {}

    def add(aid, where, fmt, dt, outlet, text):
        if aid in found:
            problem(where, f"duplicate id {aid!r} (also in {found[aid]['where']})")
        found[aid] = dict(where=where, format=fmt, date=dt, outlet=outlet, text=text)

    for path in sorted(DESK.rglob("*")):
        if path.is_dir():
            continue
        rel = str(path.relative_to(EXAMPLES))
        ext = path.suffix.lower()
        raw = path.read_bytes()
        if ext == ".txt":
            text = raw.decode("utf-8")
            first = text.split("\n", 1)[0]
            m = re.match(r"\s*date (\d{4}-\d{2}-\d{2})\b", first)
            dt = date.fromisoformat(m.group(1)) if m else None
            add(path.stem, rel, "txt", dt, None, text)
        elif ext == ".jsonl":
            for n, line in enumerate(raw.decode("utf-8").splitlines(), 1):
                obj = json.loads(line)
                where = f"{rel}:{n}"
                for key in ("id", "text", "title", "date", "url", "source"):
                    if not isinstance(obj.get(key), str) or not obj[key].strip():
                        problem(where, f"missing {key}")
                add(obj["id"], where, "jsonl", iso_or_rfc(obj["date"], where), obj["source"], obj["text"])
        elif ext in (".html", ".htm"):
            page, _ = read_page(raw, rel)
            if page:
                if not page.title:
                    problem(rel, "no <title>")
                add(path.stem, rel, ext[1:], None, page.meta.get("og:site_name"), " ".join(page.text))
                found[path.stem]["page"] = page
        elif ext == ".rss":
            channel = ET.fromstring(raw).find("channel")
            outlet = channel.findtext("title").split(" - ")[0]
            for n, item in enumerate(channel.findall("item"), 1):
                where = f"{rel} item {n}"
                guid = item.findtext("guid")
                for key in ("title", "link", "pubDate", "description"):
                    if not (item.findtext(key) or "").strip():
                        problem(where, f"missing {key}")
                content = item.findtext("content:encoded", namespaces=NS)
                if content:
                    read_page(content.encode("utf-8"), where + " content:encoded", "utf-8")
                add(guid, where, "rss", iso_or_rfc(item.findtext("pubDate"), where), outlet,
                    content or item.findtext("description"))
        elif ext == ".atom":
            feed = ET.fromstring(raw)
            outlet = feed.findtext("atom:title", namespaces=NS).split(":")[0]
            for n, entry in enumerate(feed.findall("atom:entry", NS), 1):
                where = f"{rel} entry {n}"
                for key in ("atom:id", "atom:title", "atom:published", "atom:summary"):
                    if not (entry.findtext(key, namespaces=NS) or "").strip():
                        problem(where, f"missing {key}")
                if entry.find("atom:link", NS) is None:
                    problem(where, "missing link")
                content = entry.findtext("atom:content", namespaces=NS)
                if content:
                    read_page(content.encode("utf-8"), where + " content", "utf-8")
                add(entry.findtext("atom:id", namespaces=NS), where, "atom",
                    iso_or_rfc(entry.findtext("atom:published", namespaces=NS), where), outlet,
                    unescape(content) if content else entry.findtext("atom:summary", namespaces=NS))
        elif ext == ".warc":
            try:
                records = make_warc.read_warc(raw)
            except (ValueError, KeyError) as e:
                problem(rel, f"WARC does not read: {e}")
                continue
            for r in records:
                ct = r["http_headers"].get("content-type", b"").decode()
                if r["type"] == "response" and ct.startswith("text/html"):
                    where = f"{rel} {r['uri']}"
                    page, _ = read_page(r["body"], where, "utf-8")
                    if page:
                        add(r["uri"], where, "warc", None, page.meta.get("og:site_name"), " ".join(page.text))
                        found[r["uri"]]["page"] = page
        else:
            problem(rel, "a file the desk's formats do not cover")
    return found


def main():
    found = collect()
    gold = [json.loads(line) for line in (EXAMPLES / "desk.gold.jsonl").read_text(encoding="utf-8").splitlines()]
    gold_ids = Counter(g["id"] for g in gold)
    for aid, n in gold_ids.items():
        if n > 1:
            problem("desk.gold.jsonl", f"{aid} listed {n} times")
    for aid in sorted(set(gold_ids) - set(found)):
        problem("desk.gold.jsonl", f"{aid} is in the gold but in no file")
    for aid in sorted(set(found) - set(gold_ids)):
        problem(found[aid]["where"], f"{aid} is in no gold line")

    for g in gold:
        rec = found.get(g["id"])
        if rec is None:
            continue
        if g["cluster"] is None:
            if not g.get("junk"):
                problem("desk.gold.jsonl", f"{g['id']}: cluster null without junk: true")
        elif "page" in rec:
            check_article_page(rec["page"], rec["where"])

    doc = json.loads((EXAMPLES / "desk.stories.json").read_text(encoding="utf-8"))
    by_story = defaultdict(list)
    for g in gold:
        if g["cluster"]:
            by_story[g["cluster"]].append(g["id"])
    names = [s["name"] for s in doc["stories"]]
    if sorted(names) != sorted(by_story):
        problem("desk.stories.json", f"stories {sorted(names)} differ from the gold's {sorted(by_story)}")
    for s in doc["stories"]:
        ids = [a["id"] for a in s["articles"]]
        if s["size"] != len(ids) or sorted(ids) != sorted(by_story.get(s["name"], [])):
            problem("desk.stories.json", f"{s['name']}: articles differ from the gold")
        if len(set(s["formats"])) < 2 and s["size"] > 1:
            problem("desk.stories.json", f"{s['name']}: in fewer than two formats")
        for a in s["articles"]:
            rec = found.get(a["id"])
            if rec and rec["date"] and rec["date"].isoformat() != a["date"]:
                problem(rec["where"], f"date {rec['date']} but desk.stories.json says {a['date']}")

    print(f"{'story':30} {'size':>4}  {'dates':23}  formats")
    for s in doc["stories"]:
        print(f"{s['name']:30} {s['size']:4}  {s['first_date']}..{s['last_date']}  {', '.join(s['formats'])}")
    junk = [g["id"] for g in gold if g["cluster"] is None]
    print(f"{'(junk, no story)':30} {len(junk):4}")
    print(f"{'total':30} {len(gold):4}  articles in {len({r['where'].split(':')[0].split(' ')[0] for r in found.values()})} files")
    print("per format:", dict(sorted(Counter(r["format"] for r in found.values()).items())))
    outlets = Counter(s_outlet for s in doc["stories"] for s_outlet in s["outlets"])
    print(f"outlets ({len(outlets)}):", ", ".join(sorted(outlets)))
    if problems:
        print(f"\n{len(problems)} problem(s):", file=sys.stderr)
        for p in problems:
            print("  " + p, file=sys.stderr)
        sys.exit(1)
    print("ok: every file parses, every id is in the gold once and every gold id is in the files")


if __name__ == "__main__":
    main()
