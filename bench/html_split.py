#!/usr/bin/env python3
"""A fixed train/held-out split of html-dev pages (by page, seed 15) for anything trained on it.

As a module: `halves(ids) -> (train, test)`. As a script:
`html_split.py SNIPPETS {train|test} > SUBSET.jsonl` writes the snippet lines of one half.
"""
import json
import random
import sys

SEED = 15


def halves(ids):
    """Sorted ids shuffled with the fixed seed; the first half trains, the second is held out."""
    ids = sorted(ids)
    random.Random(SEED).shuffle(ids)
    k = len(ids) // 2
    return set(ids[:k]), set(ids[k:])


if __name__ == "__main__":
    rows = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
    train, test = halves(r["id"] for r in rows)
    keep = train if sys.argv[2] == "train" else test
    for r in rows:
        if r["id"] in keep:
            print(json.dumps(r, ensure_ascii=False))
