#!/usr/bin/env python3
"""Random search of clustering parameters on the TUNING rows of bench/suite.py only (ECB+
train/dev, the first Multi-News half, their short forms, stream_train): one configuration
for every form. The objective is the mean BCubed F1 over those rows; held-out rows are never
read here.

usage: suite_tune.py NEWSDESK WORKDIR [TRIALS] [SEED]   (after one bench/suite.py run built WORKDIR)
       suite_tune.py --loso LOG.jsonl                      # leave-one-set-out choice from a run's log
Prints each trial as it goes (and appends it to WORKDIR/tune.jsonl: parameters and the BCubed F1
of every tuning row) and the ten best at the end. `--loso` picks, for each of ECB+, Multi-News
and the dated stream, the best trial on the tuning rows of the OTHER sets, to show that a
configuration chosen without a set still holds on it (bench/suite.py --set ... then reports
that set's held-out rows).
"""
import json
import random
import subprocess
import sys

SPACE = {
    "number_weight": [0.5, 1.0, 1.5, 2.0, 3.0, 4.0],
    "kind_full_features": [40, 60, 80, 100, 150],
    "entity_weight": [0.0, 0.5, 1.0, 1.5],
    "title_boost": [1.0, 2.0, 3.0],
    "refine_scale_power": [0.0, 0.5, 0.75, 1.0],
    "lead_boost": [1.0, 1.5, 2.0],
    "refine_threshold": [0.7, 0.8, 0.9, 0.975, 1.05],
    "refine_floor": [0.04, 0.06, 0.08, 0.1, 0.125, 0.15],
    "refine_neighbours": [15, 20, 30, 40],
    "refine_gap": [0.0, 0.4, 0.5, 0.6],
    "refine_attach": [0.6, 0.7, 0.8],
    "names_penalty": [0.6, 0.7, 0.85, 1.0],
    "threshold": [0.2, 0.25, 0.3],
    "min_features": [4, 6, 8, 10],
    "merge_threshold": [0.25, 0.3, 0.35, 0.45],
    "time_scale_days": [3.0, 7.0, 14.0, 30.0],
    "query_terms": [8, 12, 16],
    "candidates": [8, 16],
    "window_days": [7, 10, 14],
    "refine_min_shared": [1, 2, 3],
    "refine_scale_floor": [0.0, 0.3, 0.4, 0.5, 0.6, 0.7],
}


def objective(newsdesk, workdir, params):
    args = [sys.executable, "bench/suite.py", newsdesk, workdir, "--objective"]
    for k, v in params.items():
        args += ["--set", f"{k}={v}"]
    out = subprocess.run(args, capture_output=True, text=True, check=True).stdout.split()
    return float(out[1]), float(out[3]), " ".join(out[4:])


SETS = {"ecb": ("ecb_",), "multinews": ("mn",), "stream": ("stream_",)}


def loso(log):
    trials = [json.loads(l) for l in open(log)]
    for name, prefixes in SETS.items():
        def others(t):
            rows = {k: v for k, v in t["rows"].items() if not k.startswith(prefixes)}
            return sum(rows.values()) / len(rows)
        best = max(trials, key=others)
        print(f"without {name}: {others(best):.4f} on the other sets' tuning rows; "
              + " ".join(f"--set {k}={v}" for k, v in best["params"].items()))


# The shipped configuration (crates/newsdesk/src/cluster/config.rs), where --local starts.
DEFAULTS = {"number_weight": 3.0, "kind_full_features": 80, "entity_weight": 0.5, "merge_threshold": 0.35,
            "time_scale_days": 30.0, "query_terms": 16, "candidates": 8, "title_boost": 2.0, "refine_scale_power": 1.0,
            "lead_boost": 2.0, "refine_threshold": 0.9, "refine_floor": 0.1, "refine_neighbours": 30,
            "refine_gap": 0.5, "refine_attach": 0.7, "names_penalty": 0.7, "threshold": 0.2,
            "min_features": 8, "window_days": 7, "refine_min_shared": 2, "refine_scale_floor": 0.4}


def local(newsdesk, workdir, passes=2, only=None):
    """Coordinate ascent from the shipped configuration: each parameter in turn takes the
    value of its grid that raises the objective most, the others held."""
    log = open(f"{workdir}/tune.jsonl", "a")
    current = dict(DEFAULTS)
    best = objective(newsdesk, workdir, current)
    print(f"start {best[0]:.4f}", flush=True)
    for _ in range(passes):
        for k, values in SPACE.items():
            if only and k not in only:
                continue
            for v in values:
                if v == current[k]:
                    continue
                trial = dict(current, **{k: v})
                r = objective(newsdesk, workdir, trial)
                rows = dict((kv.split("=")[0], float(kv.split("=")[1])) for kv in r[2].split())
                log.write(json.dumps({"params": trial, "objective": r[0], "rows": rows}) + "\n")
                log.flush()
                if r[0] > best[0]:
                    best, current = r, trial
                    print(f"{k}={v}: {r[0]:.4f} {r[2]}", flush=True)
    print("local best:", f"{best[0]:.4f}", " ".join(f"--set {k}={v}" for k, v in current.items()), "\n  ", best[2])


def main():
    if sys.argv[1] == "--loso":
        return loso(sys.argv[2])
    if sys.argv[1] == "--local":  # [PARAM,PARAM...] to search only those
        only = sys.argv[4].split(",") if len(sys.argv) > 4 else None
        return local(sys.argv[2], sys.argv[3], only=only)
    newsdesk, workdir = sys.argv[1], sys.argv[2]
    log = open(f"{workdir}/tune.jsonl", "a")
    trials = int(sys.argv[3]) if len(sys.argv) > 3 else 100
    rng = random.Random(int(sys.argv[4]) if len(sys.argv) > 4 else 1)
    results = [(objective(newsdesk, workdir, {}), {})]
    print(f"shipped: {results[0][0][0]:.4f} min {results[0][0][1]:.4f}", flush=True)
    for t in range(trials):
        params = {k: rng.choice(v) for k, v in SPACE.items()}
        if params["refine_scale_power"] == 0.0:
            # The plain cosine lives on another scale than the relative similarity.
            params["refine_threshold"] = rng.choice([0.08, 0.1, 0.12, 0.15])
        r = objective(newsdesk, workdir, params)
        results.append((r, params))
        rows = dict((kv.split("=")[0], float(kv.split("=")[1])) for kv in r[2].split())
        log.write(json.dumps({"params": params, "objective": r[0], "rows": rows}) + "\n")
        log.flush()
        print(f"{t}: {r[0]:.4f} min {r[1]:.4f} {params}", flush=True)
    results.sort(key=lambda x: -x[0][0])
    print("best:")
    for r, p in results[:10]:
        print(f"{r[0]:.4f} min {r[1]:.4f} {' '.join(f'--set {k}={v}' for k, v in p.items())}\n   {r[2]}")


if __name__ == "__main__":
    main()
