#!/usr/bin/env python3
"""How high can story clustering score on the mixed Multi-News sample? (issue 4)

Prints four things, on the real features (`newsdesk bench cluster features`, shipped weights):
1. how well the cosine separates pairs of one gold story from pairs of two stories;
2. the ceiling of any text-similarity method: each gold story split into the parts whose
   articles are linked by cosine >= c (junk-only pages, too few features, stay alone);
3. `newsdesk cluster` itself, and the same prediction with every wrong merge undone;
4. the best BCubed of the shipped algorithm (relative similarity, gap rule, attachment) with its
   parameters chosen on this very sample: an upper bound for tuning, never a configuration.

usage: multinews_ceiling.py NEWSDESK WORKDIR   (WORKDIR as written by bench/cluster.sh)
Needs numpy and scipy (the scikit-learn venv of bench/cluster.sh has both). About a minute.
"""
import itertools
import json
import os
import subprocess
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cluster_refine_tune import (MIN_FEATURES, NAMES_MIN, attach, bcubed, cosines, cut,  # noqa: E402
                                 features, gapped_wpgma, is_name, name_factor, relative)

SHIPPED_WEIGHTS = "2,100,2,1,3"


def linked_parts(gold, s, eligible, c):
    """Labels: gold stories split into the parts connected by cosine >= c among eligible articles."""
    parent = list(range(len(gold)))

    def root(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i
    for i, j in zip(*np.nonzero(np.triu(s >= c, 1))):
        if gold[i] == gold[j] and eligible[i] and eligible[j]:
            parent[root(i)] = root(j)
    return [root(i) for i in range(len(gold))]


def main():
    newsdesk, work = sys.argv[1:3]
    gold_of = {}
    for line in open(f"{work}/mn_gold.jsonl"):
        d = json.loads(line)
        gold_of[d["id"]] = d["cluster"]
    docs = features(newsdesk, f"{work}/mn.jsonl", SHIPPED_WEIGHTS)
    gold = [gold_of[d["id"]] for d in docs]
    s = cosines(docs)
    eligible = np.array([len(d["terms"]) >= MIN_FEATURES for d in docs])
    print(f"Multi-News mixed: {len(docs)} articles, {len(set(gold))} gold stories, "
          f"{int((~eligible).sum())} with under {MIN_FEATURES} features (junk-only pages)")

    print("\n1. Pairs of eligible articles by cosine: same gold story / different stories")
    iu = np.triu_indices(len(docs), 1)
    both = eligible[iu[0]] & eligible[iu[1]]
    same = np.array([gold[i] == gold[j] for i, j in zip(*iu)])
    values = s[iu]
    for lo, hi in [(0.05, 0.1), (0.1, 0.125), (0.125, 0.15), (0.15, 0.2), (0.2, 0.3), (0.3, 1.01)]:
        band = both & (values >= lo) & (values < hi)
        k, m = int((band & same).sum()), int((band & ~same).sum())
        print(f"   [{lo:.3f}, {min(hi, 1):.3f}): {k:5d} / {m:6d}  ({k / max(k + m, 1):6.1%} of the band is one story)")

    print("\n2. Ceiling of text similarity: gold stories split where no cosine >= c links them")
    for c in (0.05, 0.1, 0.125, 0.15, 0.2):
        p, r, f = bcubed(gold, linked_parts(gold, s, eligible, c))
        print(f"   c = {c:.3f}: BCubed P {p:.4f} R {r:.4f} F1 {f:.4f}")

    out = subprocess.run([newsdesk, "cluster", f"{work}/mn.jsonl"], check=True, capture_output=True, text=True).stdout
    story = {d["id"]: d["story"] for d in map(json.loads, out.splitlines())}
    pred = [story[d["id"]] for d in docs]
    p, r, f = bcubed(gold, pred)
    _, _, f_exact = bcubed(gold, list(zip(pred, gold)))
    need = 0.9 * r / (2 * r - 0.9) if 2 * r > 0.9 else float("inf")
    print("\n3. newsdesk cluster")
    print(f"   BCubed P {p:.4f} R {r:.4f} F1 {f:.4f}; with every wrong merge undone F1 {f_exact:.4f}; "
          f"F1 0.90 at this recall needs P {need:.4f}")

    print("\n4. The shipped algorithm with its parameters chosen on this sample itself (an upper bound)")
    names_s = cosines(docs, names_only=True)
    named = np.array([sum(is_name(t) for t, _ in d["terms"]) >= NAMES_MIN for d in docs])
    thresholds = [round(0.6 + 0.05 * i, 2) for i in range(21)]
    best = []
    for names, k, floor, gap in itertools.product([None, (0.1, 0.7)], (10, 20, 30), (0.1, 0.125, 0.15),
                                                  (0.4, 0.5, 0.6, 0.7)):
        factor = 1.0 if names is None else name_factor(names_s, named, *names)
        t = relative(s, k, floor, eligible, factor)
        merges = gapped_wpgma(t, thresholds[0], gap)
        for threshold in thresholds:
            p0, height = cut(merges, len(t), threshold)
            for att in (None, (0.7, 0.35), (1.0, 0.35), (0.7, 0.5)):
                labels = p0 if att is None else attach(p0, t, eligible, att[0], 2, height, att[1])
                best.append((bcubed(gold, list(labels))[2], names, k, floor, gap, threshold, att))
    best.sort(key=lambda x: -x[0])
    for f, names, k, floor, gap, threshold, att in best[:3]:
        print(f"   F1 {f:.4f}: names {names} k {k} floor {floor} gap {gap} threshold {threshold} attach {att}")


if __name__ == "__main__":
    main()
