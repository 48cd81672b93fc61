#!/usr/bin/env python3
"""Trains the block model of crates/newsdesk/src/ingest/html/block.rs (logistic regression).

Usage: bench/html_block_train.py [--write] [--c C] [--min-pages N]
Reads html-dev at run time (../shared/data/html-dev; nothing of it is copied into the
repository): each page's story lines with their features come from
`newsdesk bench html --explain PAGE` (the lines before the model's look), the labels from the
page's snippets: a line holding a "without" snippet is furniture (1), one holding a "with"
snippet is story (0), and so is every unlabelled line between the page's first and last story
line (the story is contiguous; weight 0.5). Other lines are not used.

Pages are split by bench/html_split.py (fixed seed): only the training half is used to fit the
weights, choose the class-word vocabulary (words seen on >= N training pages) and the
threshold. The held-out half is scored by `HALVES=1 bench/html_eval.sh` after a rebuild.
The threshold is chosen on the training half by simulating the final metric: a snippet of a
dropped line leaves the output of `newsdesk clean` (target/html-eval/pred.jsonl of a run with
the model off).
--write rewrites block_model.txt.
"""
import argparse
import json
import math
import os
import re
import subprocess
import sys

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(here)
sys.path.insert(0, here)
from html_split import halves  # noqa: E402

data = os.path.join(root, "..", "shared", "data", "html-dev")
binary = os.path.join(root, "target", "release", "newsdesk")
model_path = os.path.join(root, "crates", "newsdesk", "src", "ingest", "html", "block_model.txt")


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def rows_of(page):
    out = subprocess.run([binary, "bench", "html", os.path.dirname(page), "--explain", page], capture_output=True, check=True).stdout
    rows = []
    for line in out.decode("utf-8").splitlines():
        if line.startswith("block\t"):
            rows.append(json.loads(line[6:]))
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--c", type=float, default=1.0, help="inverse L2 strength")
    ap.add_argument("--min-pages", type=int, default=3)
    ap.add_argument("--min-threshold", type=float, default=0.5)
    ap.add_argument("--no-tokens", action="store_true", help="dense features only")
    args = ap.parse_args()

    snippets = {}
    for l in open(os.path.join(data, "snippets.jsonl"), encoding="utf-8"):
        d = json.loads(l)
        snippets[d["id"]] = d
    pred_path = os.path.join(root, "target", "html-eval", "pred.jsonl")
    final = {d["id"]: norm(d["text"]) for d in map(json.loads, open(pred_path, encoding="utf-8"))}
    train_ids, test_ids = halves(snippets)

    pages = {}
    cache = os.path.join(root, "target", "html-eval", "blocks.json")
    if os.path.exists(cache) and os.path.getmtime(cache) > os.path.getmtime(binary):
        pages = json.load(open(cache, encoding="utf-8"))
    else:
        for pid in sorted(snippets):
            pages[pid] = rows_of(os.path.join(data, "pages", pid + ".html"))
        json.dump(pages, open(cache, "w", encoding="utf-8"))

    names = None
    samples = []  # (page, dense, tokens, label, weight)
    for pid in sorted(train_ids):
        rows = pages[pid]
        if not rows:
            continue
        names = names or list(rows[0]["x"].keys())
        texts = [norm(r["text"]) for r in rows]
        labels = [None] * len(rows)
        for k, t in enumerate(texts):
            if any(norm(w) in t for w in snippets[pid]["without"]):
                labels[k] = 1
            elif any(norm(w) in t for w in snippets[pid]["with"]):
                labels[k] = 0
        story = [k for k, y in enumerate(labels) if y == 0]
        for k, r in enumerate(rows):
            y, weight = labels[k], 1.0
            if y is None and story and story[0] < k < story[-1]:
                y, weight = 0, 0.5
            if y is None:
                continue
            samples.append((pid, [r["x"][n] for n in names], r["tokens"], y, weight))

    # Vocabulary: tokens on enough training pages.
    seen = {}
    for pid, _, toks, _, _ in samples:
        for t in set(toks):
            seen.setdefault(t, set()).add(pid)
    vocab = [] if args.no_tokens else sorted(t for t, p in seen.items() if len(p) >= args.min_pages)
    index = {t: i for i, t in enumerate(vocab)}
    d = len(names)
    mean = [sum(s[1][j] for s in samples) / len(samples) for j in range(d)]
    std = [math.sqrt(sum((s[1][j] - mean[j]) ** 2 for s in samples) / len(samples)) or 1.0 for j in range(d)]
    std[0] = 1.0
    mean[0] = 0.0
    X = [([(s[1][j] - mean[j]) / std[j] for j in range(d)], [index[t] for t in s[2] if t in index], s[3], s[4])
         for s in samples]
    pos = sum(w for _, _, y, w in X if y == 1)
    neg = sum(w for _, _, y, w in X if y == 0)
    cw = {1: (pos + neg) / (2 * pos), 0: (pos + neg) / (2 * neg)}
    print(f"training lines {len(X)} (furniture {pos:.0f}, story {neg:.1f} weighted), "
          f"{len(vocab)} tokens, {len(train_ids)} train pages", file=sys.stderr)

    # Full-batch gradient descent with Adam on the weighted log loss + L2 (bias free).
    wd = [0.0] * d
    wt = [0.0] * len(vocab)
    m = [0.0] * (d + len(vocab))
    v = [0.0] * (d + len(vocab))
    lam = 1.0 / (args.c * len(X))
    total_w = sum(cw[y] * w for _, _, y, w in X)
    for step in range(1, 401):
        gd = [0.0] * d
        gt = [0.0] * len(vocab)
        for xd, xt, y, w in X:
            z = sum(a * b for a, b in zip(wd, xd)) + sum(wt[i] for i in xt)
            p = 1.0 / (1.0 + math.exp(-max(-30, min(30, z))))
            g = cw[y] * w * (p - y) / total_w
            for j in range(d):
                gd[j] += g * xd[j]
            for i in xt:
                gt[i] += g
        for j in range(1, d):
            gd[j] += lam * wd[j]
        for i in range(len(vocab)):
            gt[i] += lam * wt[i]
        grads = gd + gt
        params = wd + wt
        for k, g in enumerate(grads):
            m[k] = 0.9 * m[k] + 0.1 * g
            v[k] = 0.999 * v[k] + 0.001 * g * g
            mh = m[k] / (1 - 0.9 ** step)
            vh = v[k] / (1 - 0.999 ** step)
            params[k] -= 0.05 * mh / (math.sqrt(vh) + 1e-8)
        wd, wt = params[:d], params[d:]

    # Back to raw features.
    raw = [wd[j] / std[j] for j in range(d)]
    raw[0] = wd[0] - sum(wd[j] * mean[j] / std[j] for j in range(1, d))
    tokens = {vocab[i]: wt[i] for i in range(len(vocab)) if abs(wt[i]) >= 0.01}

    def prob(r):
        z = sum(raw[j] * r["x"][n] for j, n in enumerate(names)) + sum(tokens.get(t, 0.0) for t in r["tokens"])
        return 1.0 / (1.0 + math.exp(-max(-30, min(30, z))))

    def score(ids, threshold):
        tp = fp = fn = 0
        for pid in ids:
            rows = pages[pid]
            probs = [prob(r) for r in rows]
            total = sum(len(r["text"].encode()) for r in rows)
            dropped_bytes = sum(len(r["text"].encode()) for r, p in zip(rows, probs) if p >= threshold)
            trust = dropped_bytes <= 0.3 * total
            kept = " \n ".join(norm(r["text"]) for r, p in zip(rows, probs) if not (trust and p >= threshold))
            dropped = [norm(r["text"]) for r, p in zip(rows, probs) if trust and p >= threshold]
            out = final.get(pid, "")
            for w in snippets[pid]["with"]:
                s = norm(w)
                present = s in out and not (any(s in t for t in dropped) and s not in kept)
                tp += present
                fn += not present
            for w in snippets[pid]["without"]:
                s = norm(w)
                fp += s in out and not (any(s in t for t in dropped) and s not in kept)
        return 2 * tp / max(1, 2 * tp + fp + fn), tp, fp, fn

    base_train, base_test = score(train_ids, 2.0), score(test_ids, 2.0)
    best = (base_train[0], 2.0)
    for k in range(int(args.min_threshold * 100), 100):
        t = k / 100
        f = score(train_ids, t)[0]
        if f > best[0] + 1e-9:
            best = (f, t)
    threshold = best[1]
    print(f"threshold {threshold}", file=sys.stderr)
    for label, ids, base in (("train", train_ids, base_train), ("held-out", test_ids, base_test)):
        after = score(ids, threshold)
        print(f"{label} half (simulated on the clean output): F1 {base[0]:.4f} -> {after[0]:.4f} "
              f"(TP {base[1]}->{after[1]} FP {base[2]}->{after[2]} FN {base[3]}->{after[3]})", file=sys.stderr)
    top = sorted(tokens.items(), key=lambda kv: -abs(kv[1]))[:25]
    print("strongest tokens: " + ", ".join(f"{t} {w:+.2f}" for t, w in top), file=sys.stderr)
    print("dense: " + ", ".join(f"{n} {w:+.2f}" for n, w in zip(names, raw)), file=sys.stderr)

    if args.write:
        with open(model_path, "w", encoding="utf-8") as f:
            f.write("# Weights of the block model (block.rs): logistic regression, P(line is furniture).\n")
            f.write("# Written by bench/html_block_train.py from the training half of html-dev\n")
            f.write(f"# (bench/html_split.py, seed 15; C {args.c}, tokens on >= {args.min_pages} training pages).\n")
            f.write("# \"w NAME WEIGHT\": a dense feature (block.rs NAMES) or a token (t:TAG, c:CLASS-WORD).\n")
            f.write(f"threshold p {threshold}\n")
            for n, w in zip(names, raw):
                f.write(f"w {n} {w:.6f}\n")
            for t in sorted(tokens):
                f.write(f"w {t} {tokens[t]:.6f}\n")
        print(f"wrote {model_path}", file=sys.stderr)


if __name__ == "__main__":
    main()
