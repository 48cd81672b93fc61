#!/usr/bin/env python3
"""Writes the multilingual development set from the story modules of this folder:
examples/multilingual/<lang>-<outlet>.jsonl (one article a line: id, title, text, date,
source, url, lang) and examples/multilingual.gold.jsonl ({"id", "cluster"} for every article).
Standard library only; the output is the same on every run."""
import importlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
EXAMPLES = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from outlets import OUTLETS  # noqa: E402

# Story modules: each defines EVENT (the gold cluster id, or None for single-article fillers)
# and ARTICLES, a list of dicts with outlet, date, slug, title, text.
MODULES = sorted(f[:-3] for f in os.listdir(HERE) if f.startswith("ev_") and f.endswith(".py")) + ["fillers"]


def articles():
    for name in MODULES:
        mod = importlib.import_module(name)
        for a in mod.ARTICLES:
            lang, source, domain = OUTLETS[a["outlet"]]
            y, m, d = a["date"].split("-")
            rec = {
                "id": f'{a["outlet"]}-{a["date"]}-{a["slug"]}',
                "title": a["title"].strip(),
                "text": "\n\n".join(p.strip() for p in a["text"].strip().split("\n\n")),
                "date": a["date"],
                "source": source,
                "url": f"https://{domain}/{y}/{m}/{d}/{a['slug']}",
                "lang": lang,
            }
            cluster = mod.EVENT if mod.EVENT else "single:" + a["slug"]
            yield a["outlet"], rec, cluster


def main():
    out_dir = os.path.join(EXAMPLES, "multilingual")
    os.makedirs(out_dir, exist_ok=True)
    for f in os.listdir(out_dir):
        if f.endswith(".jsonl"):
            os.remove(os.path.join(out_dir, f))
    per_outlet, gold = {}, []
    for outlet, rec, cluster in articles():
        per_outlet.setdefault(outlet, []).append(rec)
        gold.append({"id": rec["id"], "cluster": cluster})
    for outlet, recs in sorted(per_outlet.items()):
        lang = OUTLETS[outlet][0]
        recs.sort(key=lambda r: (r["date"], r["id"]))
        with open(os.path.join(out_dir, f"{lang}-{outlet}.jsonl"), "w", encoding="utf-8") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    gold.sort(key=lambda g: (g["cluster"], g["id"]))
    with open(os.path.join(EXAMPLES, "multilingual.gold.jsonl"), "w", encoding="utf-8") as f:
        for g in gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(f"{len(gold)} articles, {len(per_outlet)} outlets")


if __name__ == "__main__":
    main()
