#!/usr/bin/env python3
"""A big undated pile of feed items with big stories (issue 13): what the unseen "11,109 short
items, 152 stories" set looks like, built from the suite's sets. `newsdesk bench cluster stream`
repeats and perturbs the articles (lines dropped, fresh words added: ~10 variants of each
article, as wire copies and re-posts are in a real pile); each variant is cut to its first line
and the next 25 words, lower-cased, and undated (one window). The gold is the story of the
article it came from (ECB+ event, Multi-News cluster). `pile_train` is built from the tuning
parts (ECB+ train+dev, first Multi-News half), `pile_test` from the rest; 11,109 items each, ~60
per story.

`.keywords` piles are the same items as short-text clustering corpora ship them: stop words
(scikit-learn's English list) and punctuation removed, one line of lower-cased words. Nothing
capitalised, no sentence, no function word: language identification and every cue from the
text's shape is gone.

Rows: newsdesk as shipped (the pile fits the refinement budget, so it is refined), newsdesk's
online pass alone (`refine_max_articles=0`), and the suite's baseline (TF-IDF + average linkage,
its short-form threshold 0.88 as chosen by bench/suite.py; O(n^2) memory, ~2 GB here).

usage: suite_pile.py NEWSDESK WORKDIR [--set NAME=VALUE ...] [--no-baseline]  (WORKDIR built by bench/suite.py)
       PILES=pile_train suite_pile.py ...   # only these piles (comma-separated; for tuning, pile_test untouched)
"""
import argparse
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import suite  # noqa: E402

ITEMS = 11109
PARTS = {"pile_train": ("ecb_train", "ecb_dev", "mn1"), "pile_test": ("ecb_test", "mn2")}
PILES = ["pile_train", "pile_test", "pile_train.keywords", "pile_test.keywords"]


def keywords(work, name):
    """The `.keywords` form of a built pile (see the module doc)."""
    import re
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS
    base = name.split(".")[0]
    path, gold_path = os.path.join(work, name + ".jsonl"), os.path.join(work, name + ".gold.jsonl")
    if not os.path.exists(gold_path):
        with open(path, "w") as f:
            for line in open(os.path.join(work, base + ".jsonl")):
                d = json.loads(line)
                words = [w for w in re.findall(r"[a-z0-9]+", d["text"].lower()) if w not in ENGLISH_STOP_WORDS]
                f.write(json.dumps({"id": d["id"], "text": " ".join(words)}) + "\n")
        with open(gold_path + ".tmp", "w") as g:
            g.write(open(os.path.join(work, base + ".gold.jsonl")).read())
        os.replace(gold_path + ".tmp", gold_path)
    return path, gold_path


def build(newsdesk, work, name, parts):
    path, gold_path = os.path.join(work, name + ".jsonl"), os.path.join(work, name + ".gold.jsonl")
    if os.path.exists(gold_path):
        return path, gold_path
    gold = {}
    for p in parts:
        for line in open(os.path.join(work, p + ".gold.jsonl")):
            d = json.loads(line)
            gold[str(d["id"])] = d["cluster"]
    raw = os.path.join(work, name + ".raw.jsonl")
    subprocess.run([newsdesk, "bench", "cluster", "stream"] + [os.path.join(work, p + ".jsonl") for p in parts]
                   + ["--articles", str(ITEMS), "--write", raw], check=True, capture_output=True)
    with open(path, "w") as f, open(gold_path, "w") as g:
        for line in open(raw):
            d = json.loads(line)
            lines = [x for x in d["text"].split("\n") if x.strip()]
            title = d.get("title") or (lines[0] if lines else "")
            rest = " ".join(" ".join(lines[1:]).split()[:25])
            f.write(json.dumps({"id": d["id"], "text": (title + "\n" + rest).lower()}) + "\n")
            g.write(json.dumps({"id": d["id"], "cluster": gold[d["id"].split("~")[0]]}) + "\n")
    os.remove(raw)
    return path, gold_path


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("newsdesk")
    ap.add_argument("workdir")
    ap.add_argument("--set", action="append", default=[])
    ap.add_argument("--no-baseline", action="store_true")
    args = ap.parse_args()
    print("| pile | items / stories | newsdesk: stories, BCubed F1 (P / R), NMI | online pass alone | baseline (0.88) |")
    print("|---|---|---|---|---|")
    wanted = os.environ.get("PILES", ",".join(PILES)).split(",")
    for name in [p for p in PILES if p in wanted]:
        base = name.split(".")[0]
        path, gold_path = build(args.newsdesk, args.workdir, base, PARTS[base])
        if name != base:
            path, gold_path = keywords(args.workdir, name)
        gold = suite.read_gold(gold_path)
        cells = []
        for extra in ([], ["refine_max_articles=0"]):
            r = suite.score(gold, suite.ours(args.newsdesk, path, args.set + extra))
            cells.append(f"{r['k']}, **{r['b3']:.4f}** ({r['b3p']:.3f} / {r['b3r']:.3f}), {r['nmi']:.4f}")
        base = ""
        if not args.no_baseline:
            ids, texts = suite.baseline_texts(path)
            b = suite.score(gold, suite.baseline_cut(suite.baseline_linkage(texts), ids, 0.88))
            base = f"{b['k']}, {b['b3']:.4f} ({b['b3p']:.3f} / {b['b3r']:.3f}), {b['nmi']:.4f}"
        print(f"| {name} | {r['n']} / {r['gk']} | {cells[0]} | {cells[1]} | {base} |", flush=True)


if __name__ == "__main__":
    main()
