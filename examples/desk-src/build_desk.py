#!/usr/bin/env python3
"""Build the example desk (examples/desk/) and its gold from the invented articles in this folder.

Input: the stories_*.py and junk.py modules (every article as data) and templates.py (one page
or feed template per invented outlet).
Output (all generated, all committed):
  examples/desk/text/*.txt            our plain-text format (` date YYYY-MM-DD Title` first line)
  examples/desk/jsonl/*.jsonl         one article a line
  examples/desk/pages/*.html, *.htm   web pages (one in windows-1252) and junk-only pages
  examples/desk/feeds/*.rss, *.atom   an RSS 2.0 and an Atom feed
  examples/desk/archive.warc          via make_warc.py, from examples/desk-src/warc-src/
  examples/desk.gold.jsonl            {"id", "cluster"} a line ("cluster": null, "junk": true for junk)
  examples/desk.stories.json          each story: description, dates, outlets, formats, people, places
Article ids follow the ingest convention: .txt/.html/.htm file name without extension, .jsonl
`id`, RSS <guid>, Atom <id>, WARC-Target-URI. Edit the modules, not the outputs, then rerun this
script and check_desk.py.
"""

import json
import shutil
from collections import OrderedDict
from pathlib import Path

import junk
import make_warc
import stories_ferries
import stories_meta
import stories_other
import stories_saga
import stories_strikes
import templates as t

HERE = Path(__file__).resolve().parent
EXAMPLES = HERE.parent
DESK = EXAMPLES / "desk"
WARC_SRC = HERE / "warc-src"

ARTICLES = stories_saga.ARTICLES + stories_ferries.ARTICLES + stories_strikes.ARTICLES + stories_other.ARTICLES

OUTLET = {"tideline": "The Tideline", "kestrel": "Kestrel Daily", "mws": "Meridian Wire Service",
          "rss": "Valdera Post", "atom": "Brightwater Bulletin", "warc": "The Ostrander Times"}
TXT_OUTLET = {"northgate": "Northgate Courier", "lowmarsh": "Lowmarsh Gazette"}


def outlet(a):
    if a["kind"] == "nb":
        return a["source"]
    if a["kind"] == "txt":
        return TXT_OUTLET[a["id"].split("-")[0]]
    return OUTLET[a["kind"]]


def fmt(a):
    return {"txt": "txt", "mws": "jsonl", "nb": "jsonl", "tideline": "html", "kestrel": a.get("ext", "html"),
            "rss": "rss", "atom": "atom", "warc": "warc"}[a["kind"]]


def write(path, text, encoding="utf-8"):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode(encoding))


def build_txt(a):
    write(DESK / "text" / f"{a['id']}.txt", a["raw"])


def build_page(a):
    if a["kind"] == "tideline":
        write(DESK / "pages" / f"{a['id']}.html", t.tideline_page(a))
    else:
        page, charset = t.kestrel_page(a)
        write(DESK / "pages" / f"{a['id']}.{a.get('ext', 'html')}", page, encoding="cp1252" if charset == "windows-1252" else "utf-8")


def jsonl_line(a):
    if a["kind"] == "mws":
        obj = OrderedDict(id=a["id"], title=a["title"], date=a["datestr"], url=a["url"],
                          source="Meridian Wire Service", text=a["text"])
    else:
        # The aggregator export carries fields newsdesk does not know; they must be ignored.
        obj = OrderedDict(id=a["id"], source=a["source"], url=a["url"], title=a["title"], date=a["datestr"],
                          lang="en", text=a["text"], fetched_at=f"{a['date']}T{a['time']}:00Z",
                          feed="newsbeat/europe-top")
    return json.dumps(obj, ensure_ascii=False)


def by_time(items, newest_first=False):
    return sorted(items, key=lambda a: (a["date"], a.get("time", "12:00")), reverse=newest_first)


def main():
    if DESK.exists():
        shutil.rmtree(DESK)
    if WARC_SRC.exists():
        shutil.rmtree(WARC_SRC)
    ids = [a["id"] for a in ARTICLES] + [p[0] for p in junk.PAGES] + [p["id"] for p in junk.WARC_PAGES]
    assert len(ids) == len(set(ids)), "duplicate article id"

    for a in ARTICLES:
        if a["kind"] == "txt":
            build_txt(a)
        elif a["kind"] in ("tideline", "kestrel"):
            build_page(a)

    mws = by_time([a for a in ARTICLES if a["kind"] == "mws"])
    write(DESK / "jsonl" / "meridian-wire.jsonl", "".join(jsonl_line(a) + "\n" for a in mws))
    nb = by_time([a for a in ARTICLES if a["kind"] == "nb"])
    write(DESK / "jsonl" / "newsbeat-export.jsonl", "".join(jsonl_line(a) + "\n" for a in nb))

    rss = by_time([a for a in ARTICLES if a["kind"] == "rss"], newest_first=True)
    channel = dict(title="Valdera Post - Europe and World", link="https://www.valderapost.example/",
                   self="https://www.valderapost.example/feeds/europe-world.rss",
                   description="The latest news from Europe and the world from the Valdera Post",
                   built=t.rfc822("2025-05-17", "06:00"))
    write(DESK / "feeds" / "valdera-post.rss", t.rss_feed(channel, rss))

    atom = by_time([a for a in ARTICLES if a["kind"] == "atom"], newest_first=True)
    feed = dict(id="tag:brightwaterbulletin.example,2024:/feeds/world", title="Brightwater Bulletin: World",
                subtitle="World news, updated through the day", updated="2025-05-17T10:15:00+01:00",
                self="https://brightwaterbulletin.example/feeds/world.atom", link="https://brightwaterbulletin.example/world")
    write(DESK / "feeds" / "brightwater-bulletin.atom", t.atom_feed(feed, atom))

    for page_id, name, page in junk.PAGES:
        write(DESK / "pages" / name, page)

    # The archive: story pages and the paywall page, crawled on 18 May.
    specs = []
    for i, a in enumerate(by_time([a for a in ARTICLES if a["kind"] == "warc"])):
        write(WARC_SRC / a["file"], t.ostrander_page(a))
        specs.append(dict(file=a["file"], uri=a["uri"], crawled=f"2025-05-18T06:{10 + 3 * i:02d}:{7 * i % 60:02d}+00:00"))
    for j in junk.WARC_PAGES:
        write(WARC_SRC / j["file"], j["page"])
        specs.append(dict(file=j["file"], uri=j["uri"], crawled="2025-05-18T06:31:40+00:00"))
    write(WARC_SRC / "records.json", json.dumps(specs, indent=1) + "\n")
    make_warc.build()

    # Gold: stories in the order of desk.stories.json, articles in time order; then the junk.
    gold = []
    for s in stories_meta.STORIES:
        for a in by_time([a for a in ARTICLES if a["story"] == s["name"]]):
            gold.append({"id": a["id"], "cluster": s["name"]})
    for page_id, _, _ in junk.PAGES:
        gold.append({"id": page_id, "cluster": None, "junk": True, "reason": junk.REASONS[page_id]})
    for j in junk.WARC_PAGES:
        gold.append({"id": j["id"], "cluster": None, "junk": True, "reason": junk.REASONS[j["id"]]})
    assert len(gold) == len(ids)
    write(EXAMPLES / "desk.gold.jsonl", "".join(json.dumps(g, ensure_ascii=False) + "\n" for g in gold))

    stories = []
    for s in stories_meta.STORIES:
        members = by_time([a for a in ARTICLES if a["story"] == s["name"]])
        entry = OrderedDict(name=s["name"], description=s["description"], kind=s["kind"])
        if s.get("same_kind_as"):
            entry["same_kind_as"] = s["same_kind_as"]
        entry["size"] = len(members)
        entry["first_date"] = members[0]["date"]
        entry["last_date"] = members[-1]["date"]
        entry["dates"] = sorted({a["date"] for a in members})
        entry["outlets"] = sorted({outlet(a) for a in members})
        entry["formats"] = sorted({fmt(a) for a in members})
        entry["people"] = s["people"]
        entry["organizations"] = s["organizations"]
        entry["places"] = s["places"]
        entry["disagreements"] = s["disagreements"]
        entry["articles"] = [OrderedDict(id=a["id"], date=a["date"], outlet=outlet(a), format=fmt(a)) for a in members]
        stories.append(entry)
    doc = OrderedDict(
        about=("Invented example desk of the newsdesk project: every story, outlet, person, company and "
               "sentence is made up (towns are invented; countries are real settings). Not real news. "
               "Article ids: .txt/.html/.htm file name without extension, .jsonl id, RSS guid, Atom id, "
               "WARC-Target-URI. Gold assignments: examples/desk.gold.jsonl."),
        junk=[OrderedDict(id=g["id"], reason=g["reason"]) for g in gold if g["cluster"] is None],
        stories=stories)
    write(EXAMPLES / "desk.stories.json", json.dumps(doc, ensure_ascii=False, indent=1) + "\n")
    print(f"{len(ARTICLES)} story articles, {len(gold) - len(ARTICLES)} junk pages, {len(stories)} stories")


if __name__ == "__main__":
    main()
