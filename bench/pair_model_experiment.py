#!/usr/bin/env python3
"""Experiment (issue 13): does a learned, length-aware pair score beat the relative similarity
of the refinement? Both are run through the same numpy re-implementation of the refinement's
linkage (WPGMA, no gap rule, no fragment attachment), on the real features of the shipped
configuration (`newsdesk bench cluster features`).

- rel:  cosine / sqrt(r_i r_j) with the floor and the name penalty (cluster/refine.rs).
- pair: a logistic regression on pair features (rel, cosine, the shorter article's length,
        their products, name overlap, the day gap) trained on candidate pairs (cosine >= 0.05)
        of the suite's TUNING rows only; its odds p/(1-p) are the linkage's similarity.
Each method's linkage threshold is chosen on the tuning rows (mean BCubed F1); every other row
is reported untouched.

usage: pair_model_experiment.py NEWSDESK WORKDIR     (WORKDIR built by bench/suite.py)
Needs numpy, scipy and scikit-learn (target/sklearn-venv).
"""
import json
import math
import os
import subprocess
import sys

import numpy as np
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.spatial.distance import squareform
from sklearn.linear_model import LogisticRegression

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cluster_refine_tune import bcubed_f1, cosines, is_name  # noqa: E402

TUNING = ["ecb_train", "ecb_train.short", "ecb_dev", "ecb_dev.short", "mn1", "mn1.short", "stream_train", "stream_train.short"]
REPORT = ["ecb_test", "ecb_test.short", "ecb_test.title", "mn2", "mn2.short", "mn2.title", "mn", "mn.short",
          "mn.title", "stream_test", "stream_test.short", "ecb_train.title", "mn1.title"]
K, FLOOR, NAMES_MIN, OVERLAP, PENALTY, CANDIDATE = 30, 0.1, 3, 0.1, 0.7, 0.05


def load(newsdesk, work, name):
    out = subprocess.run([newsdesk, "bench", "cluster", "features", f"{work}/{name}.jsonl"],
                         check=True, capture_output=True, text=True).stdout
    docs = [json.loads(line) for line in out.splitlines()]
    gold = {}
    for line in open(f"{work}/{name}.gold.jsonl"):
        d = json.loads(line)
        gold[d["id"]] = json.dumps(d["cluster"])
    s = cosines(docs)
    names = cosines(docs, names_only=True)
    named = np.array([sum(is_name(t) for t, _ in d["terms"]) >= NAMES_MIN for d in docs])
    lens = np.array([max(len(d["terms"]), 1) for d in docs], dtype=np.float64)
    days = np.array([d.get("day") if d.get("day") is not None else np.nan for d in docs], dtype=np.float64)
    eligible = lens >= 2
    return dict(s=s, names=names, named=named, lens=lens, days=days, eligible=eligible,
                gold=[gold[d["id"]] for d in docs])


def pair_features(d):
    s = d["s"].copy()
    np.fill_diagonal(s, -1)
    r = np.maximum(-np.sort(-s, axis=1)[:, :K].mean(1), 0.05)
    rel = s / np.sqrt(np.outer(r, r))
    both = np.outer(d["named"], d["named"])
    factor = np.where(both, PENALTY + (1 - PENALTY) * np.minimum(1, d["names"] / OVERLAP), 1.0)
    rel_pen = np.where(s >= FLOOR, rel * factor, 0.0)
    short = np.log(np.minimum.outer(d["lens"], d["lens"]))
    gap = np.abs(np.subtract.outer(d["days"], d["days"]))
    dated = ~np.isnan(gap)
    gap = np.where(dated, np.minimum(gap, 60) / 7, 0)
    x = np.stack([rel_pen, s, short, s * short, rel_pen * short, d["names"] * both, both.astype(float),
                  gap, dated.astype(float)], axis=-1)
    return x, rel_pen


def cluster(t, eligible, threshold):
    t = t.copy()
    t[~eligible, :] = 0
    t[:, ~eligible] = 0
    hi = max(t.max(), threshold) + 1
    dist = hi - t
    np.fill_diagonal(dist, 0)
    z = linkage(squareform((dist + dist.T) / 2, checks=False), "weighted")
    return fcluster(z, hi - threshold, "distance")


def main():
    newsdesk, work = sys.argv[1:3]
    data = {n: load(newsdesk, work, n) for n in TUNING + REPORT}
    feats = {n: pair_features(d) for n, d in data.items()}
    xs, ys, ws = [], [], []
    for n in TUNING:
        x, _ = feats[n]
        g = np.array(data[n]["gold"])
        iu = np.triu_indices(len(g), 1)
        cand = data[n]["s"][iu] >= CANDIDATE
        xs.append(x[iu][cand])
        ys.append((g[iu[0]] == g[iu[1]])[cand])
        ws.append(np.full(cand.sum(), 1.0 / max(cand.sum(), 1)))
    model = LogisticRegression(C=1.0, max_iter=2000)
    model.fit(np.concatenate(xs), np.concatenate(ys), sample_weight=np.concatenate(ws) * 1e4)
    print("weights", np.round(model.coef_[0], 3).tolist(), "bias", round(float(model.intercept_[0]), 3))

    def edges(n, method):
        x, rel = feats[n]
        if method == "rel":
            return rel
        p = model.predict_proba(x.reshape(-1, x.shape[-1]))[:, 1].reshape(x.shape[:2])
        p = np.where(data[n]["s"] >= CANDIDATE, p, 0.0)
        return np.minimum(p / (1 - p + 1e-6), 50.0)

    grids = {"rel": [0.6 + 0.05 * i for i in range(14)], "pair": [0.25, 0.35, 0.5, 0.7, 1.0, 1.4, 2.0, 2.8, 4.0]}
    for method, grid in grids.items():
        scores = {}
        for n in TUNING + REPORT:
            t = edges(n, method)
            for th in grid:
                scores[(n, th)] = bcubed_f1(data[n]["gold"], cluster(t, data[n]["eligible"], th))
        best = max(grid, key=lambda th: sum(scores[(n, th)] for n in TUNING))
        tun = sum(scores[(n, best)] for n in TUNING) / len(TUNING)
        print(f"{method}: threshold {best:.2f}, tuning mean {tun:.4f}")
        print("   " + " ".join(f"{n}={scores[(n, best)]:.4f}" for n in TUNING + REPORT))


if __name__ == "__main__":
    main()
