#!/usr/bin/env python3
"""Scores summaries with the rouge-score package, the reference our Rust ROUGE must agree with.

usage: rouge_reference.py CLUSTERS.jsonl SUMMARIES.jsonl
SUMMARIES is what `newsdesk eval summaries --out` writes ({"id", "summary", ...} lines).
Prints one JSON object: the mean F ×100 of rouge1, rouge2 and rougeL (use_stemmer=True)
over the summarised clusters, and how many clusters were scored.
"""
import json
import sys

from rouge_score import rouge_scorer

clusters = {}
with open(sys.argv[1], encoding="utf-8") as f:
    for line in f:
        if line.strip():
            c = json.loads(line)
            clusters[c["id"]] = c["refs"]
scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=True)
total = {"rouge1": 0.0, "rouge2": 0.0, "rougeL": 0.0}
n = 0
with open(sys.argv[2], encoding="utf-8") as f:
    for line in f:
        s = json.loads(line)
        scores = scorer.score_multi(clusters[s["id"]], s["summary"])
        for k in total:
            total[k] += scores[k].fmeasure
        n += 1
print(json.dumps({**{k: 100 * v / max(n, 1) for k, v in total.items()}, "clusters": n}))
