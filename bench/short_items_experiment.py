#!/usr/bin/env python3
"""Experiment (issue 13, 7 Dec): what makes the refinement hold on headline-sized items? A numpy
re-implementation of the refinement (cluster/refine.rs: window TF-IDF, cosine / sqrt(r_i r_j)
with the floor and the name penalty, the dated-pair factor, gapped WPGMA, fragment attachment;
articles with fewer than 2 features stay alone) on the real features of the shipped weights
(`newsdesk bench cluster features`), with the variants tried for short texts as options:

  m      a pair counts only when the two articles share at least m features (refine_min_shared)
  a      an article of n features has a local scale of at least a / sqrt(n) (refine_scale_floor)
  ms     the absolute minimum of the local scale (MIN_SCALE, 0.05)
  c      length-aware floor: a pair counts only when its cosine reaches c / sqrt(n_i n_j)
  ip     IDF raised to this power (rarer words weigh more)
  method 'wpgma' (the shipped linkage, gap rule) or scipy's 'average' (UPGMA, no gap rule)
  and the shipped parameters: thr, k, floor, power, gap, att=(threshold, gap, size)

It reproduces the binary within ~0.005 BCubed F1 on the short rows (exactly on most). The
objective is the mean BCubed F1 of the TUNING rows listed in TUNE; CHECK rows are printed, never
used for choosing.

usage: short_items_experiment.py NEWSDESK WORKDIR "{'m': [1, 2], 'a': [0.0, 0.4]}"
       (WORKDIR built by bench/suite.py; the grid is a Python dict of lists)
Needs numpy, scipy (target/sklearn-venv).
"""
import ast
import collections
import itertools
import json
import math
import os
import subprocess
import sys

import numpy as np
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.spatial.distance import squareform

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cluster_refine_tune import attach, bcubed, cut, gapped_wpgma, is_name, pair_f1  # noqa: E402

TUNE = ["ecb_train", "mn1", "ecb_train.short", "ecb_dev.short", "mn1.short", "stream_train.short"]
CHECK = ["mn.short", "mn2.short", "ecb_test.short", "mn.title", "ecb_train.title", "ecb_dev.title", "mn1.title"]
CACHE = {}


def load(newsdesk, work, name):
    out = subprocess.run([newsdesk, "bench", "cluster", "features", f"{work}/{name}.jsonl"],
                         check=True, capture_output=True, text=True).stdout
    gold = {}
    for line in open(f"{work}/{name}.gold.jsonl"):
        d = json.loads(line)
        gold[str(d["id"])] = json.dumps(d["cluster"])
    docs = [d for d in map(json.loads, out.splitlines()) if d["id"] in gold]
    return docs, [gold[d["id"]] for d in docs]


def vectors(docs, idf_power=1.0, names_only=False):
    ds = [[(t, w) for t, w in d["terms"] if is_name(t) or not names_only] for d in docs]
    df = collections.Counter(t for d in ds for t, _ in d)
    n = len(docs) + 1
    vocab = {t: i for i, t in enumerate(df)}
    x = np.zeros((len(docs), len(vocab)))
    for i, d in enumerate(ds):
        for t, w in d:
            x[i, vocab[t]] = w * (math.log(n / (df[t] + 1)) + 1) ** idf_power
    return x / np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-12)


def prepared(newsdesk, work, row, ip):
    if (row, ip) not in CACHE:
        docs, gold = load(newsdesk, work, row)
        x = vectors(docs, ip)
        xn = vectors(docs, names_only=True)
        named = np.array([sum(is_name(t) for t, _ in d["terms"]) >= 3 for d in docs])
        n = np.array([len(d["terms"]) for d in docs], float)
        days = np.array([d["day"] if d.get("day") is not None else np.nan for d in docs], float)
        gap = np.abs(np.subtract.outer(days, days))
        xb = (x > 0).astype(float)
        CACHE[(row, ip)] = (gold, x @ x.T, xn @ xn.T, named, n, np.where(np.isnan(gap), 0, gap), xb @ xb.T)
    return CACHE[(row, ip)]


def run(newsdesk, work, row, thr=0.9, k=30, floor=0.1, power=1.0, gap=0.5, att=(0.7, 0.35, 2), c=0.0, ms=0.05,
        m=1, a=0.0, method="wpgma", ip=1.0):
    gold, s, ns, named, n, days, shared = prepared(newsdesk, work, row, ip)
    eligible = n >= 2
    s = s.copy()
    np.fill_diagonal(s, -1)
    r = np.sort(np.maximum(s, 0), axis=1)[:, ::-1][:, :k].mean(1)
    r = np.maximum(r, np.maximum(ms, a / np.sqrt(np.maximum(n, 1))))
    names = np.where(np.outer(named, named), 0.7 + 0.3 * np.minimum(1, ns / 0.1), 1.0)
    with np.errstate(divide="ignore", invalid="ignore"):
        floors = np.maximum(floor, c / np.sqrt(np.outer(n, n)))
    t = np.where((s >= floors) & (shared >= m), names * s / np.outer(r, r) ** (power / 2), 0.0)
    t /= 1 + np.maximum(days - 7, 0) / 14
    t[~eligible, :] = -1
    t[:, ~eligible] = -1
    if method == "wpgma":
        p, height = cut(gapped_wpgma(t, thr, gap), len(t), thr)
        p = attach(p, t, eligible, att[0], att[2], height, att[1])
    else:
        u = np.maximum(t, 0)
        hi = max(u.max(), thr) + 1
        d = hi - u
        np.fill_diagonal(d, 0)
        p = fcluster(linkage(squareform((d + d.T) / 2, checks=False), method), hi - thr, "distance")
        p = attach(p, t, eligible, att[0], att[2], None, 0.0)
    pb = bcubed(gold, list(p))
    return {"b3": pb[2], "p": pb[0], "r": pb[1], "pair": pair_f1(gold, list(p)), "k": len(set(p))}


def main():
    newsdesk, work, grid = sys.argv[1], sys.argv[2], ast.literal_eval(sys.argv[3])
    for values in itertools.product(*grid.values()):
        kw = dict(zip(grid.keys(), values))
        tune = [run(newsdesk, work, r, **kw)["b3"] for r in TUNE]
        check = [run(newsdesk, work, r, **kw)["b3"] for r in CHECK]
        print(kw, f"tuning {np.mean(tune):.4f}", " ".join(f"{r}={x:.4f}" for r, x in zip(TUNE, tune)),
              "| not used:", " ".join(f"{r}={x:.4f}" for r, x in zip(CHECK, check)), flush=True)


if __name__ == "__main__":
    main()
