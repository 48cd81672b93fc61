#!/usr/bin/env python3
"""Pick the Multi-News clusters used as unseen gold for the brief (issue 14) and write them as
story directories under target/gold-mn/<cluster>/<doc>.txt (one article a file, read at run time
from ../shared; nothing of the text is committed).

usage: python3 bench/gold/pick_multinews.py [--seed 14] [--n 4] [--out target/gold-mn]
Clusters of at least three articles are eligible (a brief of fewer has little to cross-check);
the choice is random.Random(seed).sample over the eligible ids in file order.
"""
import argparse
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "..", "..", "shared", "data", "multinews", "multinews_test_sample250.jsonl")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=14)
    ap.add_argument("--n", type=int, default=4)
    ap.add_argument("--out", default="target/gold-mn")
    ap.add_argument("--data", default=DATA)
    args = ap.parse_args()
    clusters = [json.loads(line) for line in open(args.data, encoding="utf-8")]
    eligible = [c for c in clusters if len(c["docs"]) >= 3]
    picked = random.Random(args.seed).sample(eligible, args.n)
    for c in picked:
        d = os.path.join(args.out, c["id"])
        os.makedirs(d, exist_ok=True)
        for i, doc in enumerate(c["docs"]):
            name = f"{i:02d}_" + re.sub(r"[^A-Za-z0-9]+", "_", str(doc.get("id", i)))[:40]
            with open(os.path.join(d, name + ".txt"), "w", encoding="utf-8") as f:
                f.write(doc["text"])
        print(c["id"], len(c["docs"]), d)


if __name__ == "__main__":
    main()
