#!/usr/bin/env python3
"""The scikit-learn baseline of issue 4: TF-IDF + average-linkage agglomerative clustering
(no number of clusters given; a cosine distance threshold instead).

usage: sklearn_baseline.py ARTICLES.jsonl --threshold T [--limit N] > PRED.jsonl
       sklearn_baseline.py ARTICLES.jsonl --sweep GOLD.jsonl     # best threshold on labelled data
Prints {"id", "cluster"} lines (or the sweep); timing goes to stderr as
"sklearn: N articles in S s = R articles/s".
"""
import argparse
import json
import sys
import time

from sklearn.cluster import AgglomerativeClustering
from sklearn.feature_extraction.text import TfidfVectorizer


def load(path, limit):
    ids, texts = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if limit and len(ids) >= limit:
                break
            d = json.loads(line)
            ids.append(str(d["id"]))
            texts.append((d.get("title") or "") + "\n" + d["text"])
    return ids, texts


def distances(texts):
    x = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform(texts)
    return 1.0 - (x @ x.T).toarray()


def cluster(dist, threshold):
    model = AgglomerativeClustering(
        n_clusters=None, metric="precomputed", linkage="average", distance_threshold=threshold
    )
    return model.fit_predict(dist)


def pair_f1(gold, pred):
    from collections import Counter

    c2 = lambda n: n * (n - 1) // 2
    tp = sum(c2(v) for v in Counter(zip(gold, pred)).values())
    pp = sum(c2(v) for v in Counter(pred).values())
    gp = sum(c2(v) for v in Counter(gold).values())
    p, r = (tp / pp if pp else 0.0), (tp / gp if gp else 0.0)
    return 2 * p * r / (p + r) if p + r else 0.0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("articles")
    ap.add_argument("--threshold", type=float, default=0.8)
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--sweep", metavar="GOLD")
    args = ap.parse_args()
    ids, texts = load(args.articles, args.limit)
    if args.sweep:
        gold = {}
        with open(args.sweep, encoding="utf-8") as f:
            for line in f:
                d = json.loads(line)
                gold[str(d["id"])] = d["cluster"]
        g = [json.dumps(gold[i]) for i in ids]
        dist = distances(texts)
        best = max((pair_f1(g, cluster(dist, t / 100)), t / 100) for t in range(50, 100, 1))
        print(f"{best[1]:.2f} {best[0]:.4f}")
        return
    t = time.time()
    labels = cluster(distances(texts), args.threshold)
    secs = time.time() - t
    for i, label in zip(ids, labels):
        print(json.dumps({"id": i, "cluster": int(label)}))
    print(f"sklearn: {len(ids)} articles in {secs:.2f} s = {len(ids) / secs:.0f} articles/s", file=sys.stderr)


if __name__ == "__main__":
    main()
