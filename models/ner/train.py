#!/usr/bin/env python3
"""Trains the CRF (python-crfsuite, L1 + L2) on the features newsdesk computes and the silver
labels of silver.py, and reports agreement with the silver labels on held-out articles.

Usage: train.py FEATURES.jsonl SILVER.jsonl MODEL_OUT [--holdout] [--c1 X] [--c2 Y] [--iterations N]
  --holdout: train without ECB+'s dev and test articles and score on them (span P/R/F1 against
  the silver labels, by label); without it every article is used (the shipped model).
"""
import argparse
import json
import sys
import time
from collections import Counter

import pycrfsuite


def bio(tokens, spans):
    labels = ["O"] * len(tokens)
    for start, end, label in spans:
        inside = [i for i, (a, b) in enumerate(tokens) if a >= start and b <= end]
        for k, i in enumerate(inside):
            labels[i] = ("B-" if k == 0 else "I-") + label
    return labels


def chunks(labels):
    out, start, kind = set(), None, None
    for i, l in enumerate(labels + ["O"]):
        b, _, k = l.partition("-")
        if start is not None and not (b == "I" and k == kind):
            out.add((start, i, kind))
            start = None
        if b in ("B", "I") and start is None:
            start, kind = i, k
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("features")
    ap.add_argument("silver")
    ap.add_argument("model")
    ap.add_argument("--holdout", action="store_true")
    ap.add_argument("--c1", type=float, default=0.1)
    ap.add_argument("--c2", type=float, default=0.01)
    ap.add_argument("--iterations", type=int, default=150)
    a = ap.parse_args()
    silver = {}
    with open(a.silver, encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            silver[d["id"]] = d["spans"]
    trainer = pycrfsuite.Trainer(verbose=False)
    held = []
    n_tok = 0
    with open(a.features, encoding="utf-8") as f:
        for line in f:
            art = json.loads(line)
            spans = silver.get(art["id"])
            if spans is None:
                continue
            out = a.holdout and (art["id"].startswith("ecb-dev-") or art["id"].startswith("ecb-test-"))
            for s, sp in zip(art["sentences"], spans):
                if not s["tokens"]:
                    continue
                y = bio(s["tokens"], sp)
                if out:
                    held.append((s["features"], y))
                else:
                    trainer.append(s["features"], y)
                    n_tok += len(y)
    trainer.set_params({"c1": a.c1, "c2": a.c2, "max_iterations": a.iterations,
                        "feature.possible_transitions": True})
    t = time.time()
    trainer.train(a.model)
    print(f"trained on {n_tok} tokens in {time.time() - t:.0f} s -> {a.model}", file=sys.stderr)
    if held:
        tagger = pycrfsuite.Tagger()
        tagger.open(a.model)
        tp, fp, fn = Counter(), Counter(), Counter()
        for x, y in held:
            gold, pred = chunks(y), chunks(tagger.tag(x))
            for c in pred:
                (tp if c in gold else fp)[c[2]] += 1
            for c in gold - pred:
                fn[c[2]] += 1
        for k in sorted(set(tp) | set(fp) | set(fn)) + ["all"]:
            t_, f_, n_ = (sum(c.values()) for c in (tp, fp, fn)) if k == "all" else (tp[k], fp[k], fn[k])
            p = t_ / (t_ + f_) if t_ + f_ else 0
            r = t_ / (t_ + n_) if t_ + n_ else 0
            print(f"held-out vs silver {k:5s} P {p:.3f} R {r:.3f} F1 {2*p*r/(p+r) if p+r else 0:.3f} ({t_+n_} spans)")


if __name__ == "__main__":
    main()
