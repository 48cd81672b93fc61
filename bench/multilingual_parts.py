#!/usr/bin/env python3
"""Splits examples/multilingual into its tuning part (the two ferry events and the en/fr/ar/zh
fillers, 28 articles: where cross-language thresholds are chosen) and its test part (the
other 52 articles, never tuned on), as docs/benchmarks.md describes for languages_threshold.
Writes DIR/{tune,test}/<outlet file>.jsonl and DIR/{tune,test}.gold.jsonl.
    python3 bench/multilingual_parts.py target/multilingual-parts
"""
import json
import pathlib
import sys

TUNE_EVENTS = {"velmora-ferry-aurelia-star", "kessaly-ferry-solvara"}
TUNE_FILLER_LANGS = {"en", "fr", "ar", "zh"}

root = pathlib.Path(__file__).resolve().parent.parent
out = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "target/multilingual-parts")
gold = {}
for line in open(root / "examples/multilingual.gold.jsonl", encoding="utf-8"):
    g = json.loads(line)
    gold[g["id"]] = g["cluster"]
parts = {"tune": {}, "test": {}}
for f in sorted((root / "examples/multilingual").glob("*.jsonl")):
    lang = f.name.split("-")[0]
    for line in open(f, encoding="utf-8"):
        a = json.loads(line)
        c = gold[a["id"]]
        tune = c in TUNE_EVENTS or (c.startswith("single:") and lang in TUNE_FILLER_LANGS)
        parts["tune" if tune else "test"].setdefault(f.name, []).append(line.rstrip("\n"))
for part, files in parts.items():
    (out / part).mkdir(parents=True, exist_ok=True)
    for old in (out / part).glob("*.jsonl"):
        old.unlink()
    with open(out / f"{part}.gold.jsonl", "w", encoding="utf-8") as g:
        for name, lines in files.items():
            (out / part / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
            for l in lines:
                i = json.loads(l)["id"]
                g.write(json.dumps({"id": i, "cluster": gold[i]}) + "\n")
    print(part, sum(len(v) for v in files.values()), "articles", file=sys.stderr)
