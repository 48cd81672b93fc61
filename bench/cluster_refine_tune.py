#!/usr/bin/env python3
"""Parameter search for the clustering refinement (crates/newsdesk/src/cluster/refine.rs),
on the real features: `newsdesk bench cluster features` writes them, this script re-implements
the refinement (two-pass TF-IDF, cosine / sqrt(r_i r_j) with an absolute floor, WPGMA or
average linkage, the gap rule, fragment attachment) with numpy and scipy and scores every
configuration.

Tuning data only: ECB+ train and dev (event gold) and the FIRST half of the Multi-News clusters
(by id). Objective = mean of [(pairwise F1 + BCubed F1)/2 over train and dev] and [Multi-News
first-half BCubed F1], smoothed over the neighbouring thresholds (t ± 0.05) so a lucky spike
does not win. ECB+ test and the second Multi-News half are printed for the winners but never
used for choosing.

usage: cluster_refine_tune.py NEWSDESK WORKDIR   (WORKDIR as written by bench/cluster.sh)
The full grid takes hours (the gap rule's own WPGMA is the slow part); TUNE_VARIANTS=0,1,2
(indices into VARIANTS) splits it across processes (take the best smoothed line of all of them); TUNE_QUICK=1 searches only the
name-conflict, fragment and gap settings around the shipped weights, linkage, neighbours and
floor (minutes).
Needs numpy and scipy (the scikit-learn venv of bench/cluster.sh has both).
"""
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

ECB = "../shared/data/ecbplus"
# title boost, lead tokens, lead boost, names, numbers
VARIANTS = ["1,100,2,2,6", "1,100,2,1,2", "1,100,2,1,3", "2,100,2,1,3", "1,100,2,1.5,3", "1,100,2,1,4"]
MIN_FEATURES = 8
METHODS, NEIGHBOURS, FLOORS = ("average", "weighted"), (10, 15, 20, 30), (0.1, 0.125, 0.15)
if os.environ.get("TUNE_VARIANTS"):  # a subset of the weightings, e.g. "0,1,2", to split the run
    VARIANTS = [VARIANTS[int(i)] for i in os.environ["TUNE_VARIANTS"].split(",")]
if os.environ.get("TUNE_QUICK"):  # only the name, attachment and gap settings around the shipped ones
    VARIANTS, METHODS, NEIGHBOURS, FLOORS = ["2,100,2,1,3"], ("weighted",), (30,), (0.125,)
# Name conflict: (names_overlap, names_penalty) or None; names_min is 3.
NAMES = [None, (0.075, 0.6), (0.1, 0.7), (0.125, 0.7), (0.15, 0.8)]
NAMES_MIN = 3
# Fragment attachment: (threshold, largest fragment size) or None.
ATTACH = [None] + [(t, m) for m in (1, 2, 3) for t in (0.6, 0.7)]
# Gap rule (WPGMA only; cluster/linkage.rs): (merge gap, attachment gap) or None (scipy, no rule).
GAPS = [None, (0.5, 0.35)]
if os.environ.get("TUNE_QUICK"):
    GAPS = [None] + [(g, a) for g in (0.4, 0.5, 0.6) for a in (0.0, 0.25, 0.3, 0.35, 0.4)]


def features(newsdesk, path, weights):
    out = subprocess.run([newsdesk, "bench", "cluster", "features", path, "--weights", weights],
                         check=True, capture_output=True, text=True).stdout
    return [json.loads(line) for line in out.splitlines()]


def is_name(feature):
    return feature & 3 == 1  # the kind bits of a feature id (cluster/features.rs)


def cosines(docs, names_only=False):
    if names_only:
        docs = [{"terms": [(t, w) for t, w in d["terms"] if is_name(t)]} for d in docs]
    df = collections.Counter(t for d in docs for t, _ in d["terms"])
    n = len(docs) + 1
    vocab = {t: i for i, t in enumerate(df)}
    x = np.zeros((len(docs), len(vocab)), dtype=np.float32)
    for i, d in enumerate(docs):
        for t, w in d["terms"]:
            x[i, vocab[t]] = w * (math.log(n / (df[t] + 1)) + 1)
    x /= np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-9)
    return x @ x.T


def name_factor(names, named, overlap, penalty):
    """Factor on each pair's relative similarity: `penalty` for two articles that both name
    enough and share no name, rising linearly to 1 at name cosine `overlap`."""
    both = np.outer(named, named)
    return np.where(both, penalty + (1 - penalty) * np.minimum(1, names / overlap), 1.0)


def relative(s, k, floor, eligible, factor=1.0):
    s = s.copy()
    np.fill_diagonal(s, -1)
    r = np.maximum(-np.sort(-s, axis=1)[:, :k].mean(1), 0.05)
    t = np.where(s >= floor, factor * s / np.sqrt(np.outer(r, r)), 0.0)
    t[~eligible, :] = -1
    t[:, ~eligible] = -1
    return t


def gapped_wpgma(t, lowest, gap):
    """WPGMA on similarities `t` with the gap rule: clusters are not merged when their score is
    under `gap` times the score that formed either (a single article sets no bar). Returns the
    merges `(score, a, b)` down to `lowest`, in falling score order, so any higher threshold is
    a prefix (see `cut`)."""
    n = len(t)
    link = t.astype(np.float64).copy()
    np.fill_diagonal(link, -np.inf)
    allowed = link.copy()
    height = np.full(n, np.inf)
    merges = []
    while True:
        a, b = divmod(int(np.argmax(allowed)), n)
        score = allowed[a, b]
        if score < lowest:
            return merges
        merges.append((score, a, b))
        new = (link[a] + link[b]) / 2
        height[a], height[b] = score, np.inf
        for m in (link, allowed):
            m[b], m[:, b] = -np.inf, -np.inf
        bar = np.minimum(height[a], height)
        row = np.where(np.isinf(bar) | (new >= gap * bar), new, -np.inf)
        new[a] = row[a] = new[b] = row[b] = -np.inf
        link[a], link[:, a] = new, new
        allowed[a], allowed[:, a] = row, row


def cut(merges, n, threshold):
    """Labels and per-label heights (score of the forming merge) after the merges that reach
    threshold."""
    label, height = np.arange(n), {}
    for score, a, b in merges:
        if score < threshold:
            break
        label[label == label[b]] = label[a]
        height[label[a]] = score
    return label, height


def attach(p, t, eligible, threshold, max_size=1, height=None, gap=0.0):
    """Fragments (clusters of at most max_size articles, all eligible) join the cluster larger
    than themselves that they are closest to on average, when that mean reaches threshold (and
    `gap` times the score that formed that cluster, given its `height`)."""
    labels, p_idx, size = np.unique(p, return_inverse=True, return_counts=True)
    onehot = np.zeros((len(p), len(labels)))
    onehot[np.arange(len(p)), p_idx] = 1
    out = p.copy()
    for f in np.where(size <= max_size)[0]:
        members = np.where(p_idx == f)[0]
        if not eligible[members].all():
            continue
        bigger = size > size[f]
        if not bigger.any():
            continue
        means = (t[members] @ onehot).sum(0) / (size * size[f])
        best = int(np.argmax(np.where(bigger, means, -np.inf)))
        bar = gap * height[labels[best]] if height else 0.0
        if means[best] >= max(threshold, bar):
            out[members] = labels[best]
    return out


def pair_f1(gold, pred):
    c2 = lambda n: n * (n - 1) // 2
    tp = sum(c2(v) for v in collections.Counter(zip(gold, pred)).values())
    pp, gp = sum(c2(v) for v in collections.Counter(pred).values()), sum(c2(v) for v in collections.Counter(gold).values())
    p, r = (tp / pp if pp else 0), (tp / gp if gp else 0)
    return 2 * p * r / (p + r) if p + r else 0


def bcubed(gold, pred):
    """BCubed precision, recall and F1."""
    j, g, q, n = collections.Counter(zip(gold, pred)), collections.Counter(gold), collections.Counter(pred), len(gold)
    p = sum(v * v / q[b] for (a, b), v in j.items()) / n
    r = sum(v * v / g[a] for (a, b), v in j.items()) / n
    return p, r, 2 * p * r / (p + r)


def bcubed_f1(gold, pred):
    return bcubed(gold, pred)[2]


def main():
    newsdesk, work = sys.argv[1:3]
    gold = {}
    for s in ("train", "dev", "test"):
        for line in open(f"{ECB}/gold_event_{s}.jsonl"):
            d = json.loads(line)
            gold[d["id"]] = d["cluster"]
    for line in open(f"{work}/mn_gold.jsonl"):
        d = json.loads(line)
        gold[d["id"]] = d["cluster"]
    sets = {"train": f"{work}/ecb_train.jsonl", "dev": f"{work}/ecb_dev.jsonl", "test": f"{work}/ecb_test.jsonl",
            "mn1": f"{work}/mn1.jsonl", "mn2": f"{work}/mn2.jsonl"}
    grid = [round(0.4 + 0.025 * i, 3) for i in range(36)]
    rows = []
    for weights in VARIANTS:
        data = {}
        for name, path in sets.items():
            docs = features(newsdesk, path, weights)
            named = np.array([sum(is_name(t) for t, _ in d["terms"]) >= NAMES_MIN for d in docs])
            data[name] = (cosines(docs), np.array([len(d["terms"]) >= MIN_FEATURES for d in docs]),
                          [gold[d["id"]] for d in docs], cosines(docs, names_only=True), named)
        for method, k, floor, names, gaps in itertools.product(METHODS, NEIGHBOURS, FLOORS, NAMES, GAPS):
            if gaps is not None and method != "weighted":
                continue
            res = {}
            for name, (s, eligible, g, name_s, named) in data.items():
                factor = 1.0 if names is None else name_factor(name_s, named, *names)
                t = relative(s, k, floor, eligible, factor)
                if gaps is None:
                    hi = t.max() + 1
                    dist = hi - t
                    np.fill_diagonal(dist, 0)
                    z = linkage(squareform((dist + dist.T) / 2, checks=False), method)
                else:
                    merges = gapped_wpgma(t, grid[0], gaps[0])
                for threshold in grid:
                    if gaps is None:
                        p0, height, attach_gap = fcluster(z, hi - threshold, "distance"), None, 0.0
                    else:
                        (p0, height), attach_gap = cut(merges, len(t), threshold), gaps[1]
                    for ts in ATTACH:
                        p = p0 if ts is None else attach(p0, t, eligible, ts[0], ts[1], height, attach_gap)
                        res[(name, threshold, ts)] = (pair_f1(g, p), bcubed_f1(g, p))
            for threshold in grid:
                for ts in ATTACH:
                    trdev = (sum(res[("train", threshold, ts)]) + sum(res[("dev", threshold, ts)])) / 4
                    obj = (trdev + res[("mn1", threshold, ts)][1]) / 2
                    rows.append(((weights, method, k, floor, names, ts, gaps), threshold, obj, trdev,
                                 res[("mn1", threshold, ts)][1], res[("test", threshold, ts)], res[("mn2", threshold, ts)][1]))
    by = {(r[0], r[1]): r for r in rows}
    smooth = []
    for r in rows:
        near = [by.get((r[0], round(r[1] + d, 3))) for d in (-0.05, -0.025, 0, 0.025, 0.05)]
        if all(near):
            smooth.append((sum(x[2] for x in near) / 5, r))
    smooth.sort(key=lambda x: -x[0])
    for sm, (cfg, threshold, obj, trdev, m1, test, m2) in smooth[:5]:
        print(f"smoothed {sm:.4f} {cfg} threshold {threshold}: train/dev {trdev:.4f} MN first half {m1:.4f} "
              f"| not used: ECB+ test {test[0]:.4f}/{test[1]:.4f} MN second half {m2:.4f}")


if __name__ == "__main__":
    main()
