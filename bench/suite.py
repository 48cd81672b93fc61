#!/usr/bin/env python3
"""The clustering development suite (issue 13): one table, one binary, one configuration for
every row, the scikit-learn baseline beside each row.

Rows (built at run time from ../shared and examples/, written under WORKDIR; nothing is
copied into the repository):
- ECB+ (event gold) train / dev / test and Multi-News (250 clusters mixed; first half / second
  half of the clusters by id) in three FORMS:
  - long:  the article as given;
  - short: the way a feed item looks: the title plus the next 25 words, lower-cased,
           punctuation kept. Title and text are those `newsdesk clean` finds (the headline it
           recognises, else the first sentence; web addresses skipped), as a feed carries the
           page's title and lead rather than the tweet widget a raw scrape starts with; a page
           with no content left is not in these forms (a feed carries no empty item);
  - title: the title (or first sentence) alone, at most 15 words, case kept.
- A dated stream with drift, in long and short form: every story of the set gets a start day
  in a 90-day span and its articles are spread, in their order, over a span of 0-2 days (half
  of the stories), 3-10 days (30%) or 11-30 days (20%: stories that go on for weeks, with gaps
  longer than the 7-day retirement); ECB+ topics hold two events of the same kind, which must
  stay apart whenever they fall. `stream_train` is made of the tuning parts (ECB+ train+dev
  events, Multi-News first half), `stream_test` of the rest (ECB+ test, Multi-News second half).
  Seeded: the same stream every run.
- The invented example desk (examples/desk, with examples/desk.gold.jsonl), when present.
- The invented multilingual development set (examples/multilingual, issue 17): six events in
  three same-kind pairs, each told by two outlets in six of eight languages, plus single-article
  fillers; `multilingual_en` is its English articles alone (written under WORKDIR).
- `@online` rows: a short form clustered by the online pass alone (`refine_max_articles=0`),
  which is what a window over the refinement budget gets (a big undated pile of feed items, a
  stream of thousands of articles a day). The configuration is the same; only the window
  size differs.

Tuning discipline: parameters are chosen on the TUNING rows only (ECB+ train/dev, Multi-News
first half, their short forms, stream_train). Every other row is reported untouched.

The baseline: TF-IDF (scikit-learn, English stop words, sublinear tf) + average-linkage
agglomerative clustering with one cosine-distance threshold, K not given. Its threshold is
chosen per form on the tuning rows of that form (the mean BCubed F1 of ECB+ train and the
Multi-News first half), which gives it its best fair chance.

usage: suite.py NEWSDESK WORKDIR [--set NAME=VALUE ...] [--rows a,b] [--no-baseline]
                [--objective]      # print only the tuning objective (for parameter searches)
Needs the scikit-learn venv of bench/cluster.sh (target/sklearn-venv/bin/python).
"""
import argparse
import json
import os
import random
import re
import subprocess
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SHARED = os.environ.get("SHARED", os.path.join(ROOT, "..", "shared"))
sys.path.insert(0, os.path.join(SHARED, "tools"))
from eval_clusters import evaluate  # noqa: E402  (the reference scorer, read at run time)

SEED = 13
TUNING = {"ecb_train", "ecb_dev", "mn1", "ecb_train.short", "ecb_dev.short", "mn1.short", "stream_train",
          "stream_train.short", "ecb_train.short@online", "mn1.short@online", "stream_train.short@online"}


# ---------------------------------------------------------------- building the sets

def words(text):
    return text.split()


def cleaned(newsdesk, items):
    """{id: (title or first sentence, the sentences after it)} from `newsdesk clean`: a feed
    carries the page's real title and lead, not the tweet widget or cookie notice the raw
    scrape starts with."""
    src = "".join(json.dumps({"id": i, "text": t}) + "\n" for i, t, _, _ in items)
    out = subprocess.run([newsdesk, "clean", "-"], input=src, capture_output=True, text=True)
    forms = {}
    for line in out.stdout.splitlines():
        d = json.loads(line)
        sentences = [s for s in d.get("sentences", []) if not s.lower().startswith("http")]
        title = d.get("title") or (sentences.pop(0) if sentences else "")
        forms[str(d["id"])] = (title, " ".join(sentences))
    return forms


def short_form(title, rest):
    return (title + "\n" + " ".join(words(rest)[:25])).lower().strip()


def title_form(title, _rest):
    return " ".join(words(title)[:15])


def build(newsdesk, workdir):
    """Writes every set as SET.jsonl (+ .short / .title forms) and SET.gold.jsonl."""
    os.makedirs(workdir, exist_ok=True)
    stamp = os.path.join(workdir, "built-v3")
    if os.path.exists(stamp):
        return
    sets = defaultdict(list)  # name -> [(id, text, gold, group)]
    for line in open(os.path.join(SHARED, "data/ecbplus/ecbplus_docs.jsonl"), encoding="utf-8"):
        d = json.loads(line)
        sets["ecb_" + d["split"]].append((d["id"], d["text"], d["event_cluster"], d["topic"]))
    clusters = [json.loads(l) for l in open(os.path.join(SHARED, "data/multinews/multinews_test_sample250.jsonl"))]
    first = set(sorted(c["id"] for c in clusters)[: len(clusters) // 2])
    for c in clusters:
        for doc in c["docs"]:
            item = (f'{c["id"]}/{doc["id"]}', doc["text"], c["id"], c["id"])
            sets["mn"].append(item)
            sets["mn1" if c["id"] in first else "mn2"].append(item)
    forms = cleaned(newsdesk, [it for name in ("ecb_train", "ecb_dev", "ecb_test", "mn") for it in sets[name]])
    for name, items in list(sets.items()):
        write_set(workdir, name, [(i, t, g, None) for i, t, g, _ in items], forms)
    for name, parts in (("stream_train", ("ecb_train", "ecb_dev", "mn1")), ("stream_test", ("ecb_test", "mn2"))):
        items = [it for p in parts for it in sets[p]]
        write_set(workdir, name, dated_stream(items, random.Random(f"{SEED}-{name}")), forms, ("long", "short"))
    open(stamp, "w").close()


def dated_stream(items, rng):
    """Dates for a stream over 90 days: each story starts on a random day and its articles
    spread over 0-2, 3-10 or 11-30 days; the output is in publication order."""
    stories = defaultdict(list)
    for it in items:
        stories[it[2]].append(it)
    out = []
    for gold in sorted(stories, key=str):
        members = stories[gold]
        start = rng.uniform(0, 85)
        r = rng.random()
        span = rng.uniform(0, 2) if r < 0.5 else rng.uniform(3, 10) if r < 0.8 else rng.uniform(11, 30)
        for k, (i, t, g, _) in enumerate(members):
            at = start + (span * k / (len(members) - 1) if len(members) > 1 else 0) + rng.uniform(0, 0.5)
            out.append((at, i, t, g))
    out.sort()
    base = 738000  # 2021-07-… in proleptic ordinals; the span is what matters
    import datetime
    return [(i, t, g, datetime.date.fromordinal(base + int(at)).isoformat()) for at, i, t, g in out]


def write_set(workdir, name, items, cleaned_forms, forms=("long", "short", "title")):
    """SET(.FORM).jsonl and its gold. A short or title form leaves out the articles with no
    content left after cleaning (a feed carries no empty item)."""
    for form in forms:
        stem = os.path.join(workdir, name + ("" if form == "long" else "." + form))
        with open(stem + ".jsonl", "w") as f, open(stem + ".gold.jsonl", "w") as g:
            for i, text, gold, date in items:
                cut = short_form if form == "short" else title_form
                t = text if form == "long" else cut(*cleaned_forms.get(i, ("", "")))
                if not t.strip():
                    continue
                rec = {"id": i, "text": t}
                if date:
                    rec["date"] = date
                f.write(json.dumps(rec) + "\n")
                g.write(json.dumps({"id": i, "cluster": gold}) + "\n")


# ---------------------------------------------------------------- running and scoring

def rows(workdir):
    """(row name, input path, gold path); the examples desk last, when it exists."""
    out = []
    for base in ("ecb_train", "ecb_dev", "ecb_test", "mn1", "mn2", "mn"):
        for form in ("", ".short", ".title"):
            out.append((base + form, os.path.join(workdir, base + form + ".jsonl"), os.path.join(workdir, base + form + ".gold.jsonl")))
    for base in ("stream_train", "stream_test"):
        for form in ("", ".short"):
            out.append((base + form, os.path.join(workdir, base + form + ".jsonl"), os.path.join(workdir, base + form + ".gold.jsonl")))
    # The online pass alone: what a window over the refinement budget (`--refine-max`) gets,
    # e.g. a big undated pile of feed items or a dense stream.
    for name, path, gold in list(out):
        if name.endswith(".short") and not name.startswith("mn."):
            out.append((name + "@online", path, gold))
    desk, gold = os.path.join(ROOT, "examples/desk"), os.path.join(ROOT, "examples/desk.gold.jsonl")
    if os.path.isdir(desk) and os.path.exists(gold):
        out.append(("desk", desk, gold))
    multi, gold = os.path.join(ROOT, "examples/multilingual"), os.path.join(ROOT, "examples/multilingual.gold.jsonl")
    if os.path.isdir(multi) and os.path.exists(gold):
        out.append(("multilingual", multi, gold))
        out.append(("multilingual_en",) + english_only(workdir, multi, gold))
    return out


def english_only(workdir, folder, gold_path):
    """The English articles of the multilingual set (`lang` "en") and their gold, written
    under WORKDIR: the same stories told in one language, to compare with the whole set."""
    os.makedirs(workdir, exist_ok=True)
    path, gold_out = os.path.join(workdir, "multilingual_en.jsonl"), os.path.join(workdir, "multilingual_en.gold.jsonl")
    ids = set()
    with open(path, "w", encoding="utf-8") as f:
        for name in sorted(os.listdir(folder)):
            if name.endswith(".jsonl"):
                for line in open(os.path.join(folder, name), encoding="utf-8"):
                    d = json.loads(line)
                    if d.get("lang") == "en":
                        ids.add(str(d["id"]))
                        f.write(json.dumps(d, ensure_ascii=False) + "\n")
    with open(gold_out, "w", encoding="utf-8") as g:
        for line in open(gold_path, encoding="utf-8"):
            if str(json.loads(line)["id"]) in ids:
                g.write(line)
    return path, gold_out


def read_gold(path):
    gold = {}
    for line in open(path, encoding="utf-8"):
        d = json.loads(line)
        c = d["cluster"]
        gold[str(d["id"])] = json.dumps(c) if c is not None else "own:" + str(d["id"])
    return gold


def score(gold, pred):
    ids = sorted(gold)
    # An article the run did not output (an input it could not read) is a story of its own.
    missing = [i for i in ids if i not in pred]
    r = evaluate([gold[i] for i in ids], [pred.get(i, "missing:" + i) for i in ids])
    return {"pair": r["pair_F1"], "b3": r["bcubed_F1"], "b3p": r["bcubed_P"], "b3r": r["bcubed_R"],
            "nmi": r["NMI_arithmetic"], "k": r["n_pred_clusters"], "gk": r["n_gold_clusters"],
            "n": len(ids), "missing": len(missing)}


def ours(newsdesk, path, sets):
    cmd = [newsdesk, "cluster", path] + [a for s in sets for a in ("--set", s)]
    out = subprocess.run(cmd, capture_output=True, text=True)
    if out.returncode not in (0, 2) or not out.stdout:
        sys.exit(f"{' '.join(cmd)} failed: {out.stderr[-2000:]}")
    pred = {}
    for line in out.stdout.splitlines():
        d = json.loads(line)
        pred[str(d["id"])] = d["story"] if d["story"] is not None else "own:" + str(d["id"])
    return pred


def baseline_texts(path):
    if os.path.isdir(path):
        return None
    ids, texts = [], []
    for line in open(path, encoding="utf-8"):
        d = json.loads(line)
        ids.append(str(d["id"]))
        texts.append((d.get("title") or "") + "\n" + d["text"])
    return ids, texts


def baseline_linkage(texts):
    import numpy as np
    from scipy.cluster.hierarchy import linkage
    from scipy.spatial.distance import squareform
    from sklearn.feature_extraction.text import TfidfVectorizer

    x = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform(texts)
    dist = np.clip(1.0 - (x @ x.T).toarray(), 0.0, None)
    np.fill_diagonal(dist, 0.0)
    # Average linkage on the precomputed cosine distances: the same merges as scikit-learn's
    # AgglomerativeClustering(linkage="average", metric="precomputed").
    return linkage(squareform(dist, checks=False), method="average")


def baseline_cut(z, ids, threshold):
    from scipy.cluster.hierarchy import fcluster
    labels = fcluster(z, t=threshold, criterion="distance") if len(ids) > 1 else [1]
    return {i: str(l) for i, l in zip(ids, labels)}


def desk_baseline_input(newsdesk, desk):
    """The desk's articles as newsdesk reads them (any format), for the baseline."""
    out = subprocess.run([newsdesk, "clean", desk], capture_output=True, text=True)
    ids, texts = [], []
    for line in out.stdout.splitlines():
        d = json.loads(line)
        ids.append(str(d["id"]))
        texts.append((d.get("title") or "") + "\n" + " ".join(d.get("sentences", [])))
    return ids, texts


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("newsdesk")
    ap.add_argument("workdir")
    ap.add_argument("--set", action="append", default=[])
    ap.add_argument("--rows", default="")
    ap.add_argument("--no-baseline", action="store_true")
    ap.add_argument("--objective", action="store_true")
    args = ap.parse_args()
    build(args.newsdesk, args.workdir)
    all_rows = rows(args.workdir)
    if args.objective:
        all_rows = [r for r in all_rows if r[0] in TUNING]
    elif args.rows:
        keep = set(args.rows.split(","))
        all_rows = [r for r in all_rows if r[0] in keep]
    results = {}
    for name, path, gold_path in all_rows:
        gold = read_gold(gold_path)
        online = ["refine_max_articles=0"] if name.endswith("@online") else []
        results[name] = score(gold, ours(args.newsdesk, path, args.set + online))
    if args.objective:
        b3 = [results[n]["b3"] for n in results]
        print(f"objective {sum(b3) / len(b3):.4f} min {min(b3):.4f} " +
              " ".join(f"{n}={results[n]['b3']:.4f}" for n in results))
        if os.environ.get("SUITE_VERBOSE"):
            for n, r in results.items():
                print(f"  {n}: k {r['k']}/{r['gk']} P {r['b3p']:.3f} R {r['b3r']:.3f} pair {r['pair']:.3f}")
        return
    base = {} if args.no_baseline else baselines(args, all_rows)
    print("| row | articles / stories | newsdesk: stories, pairwise F1 / BCubed F1 / NMI | baseline: stories, pairwise F1 / BCubed F1 / NMI (threshold) | beats baseline (BCubed) |")
    print("|---|---|---|---|---|")
    for name, _, _ in all_rows:
        o = results[name]
        mark = " (tuning)" if name in TUNING else ""
        b = base.get(name)
        bt = f"{b['k']}, {b['pair']:.4f} / {b['b3']:.4f} / {b['nmi']:.4f} ({b['t']:.2f})" if b else ""
        win = ("yes" if o["b3"] > b["b3"] else "**no**") if b else ""
        miss = f", {o['missing']} not read" if o["missing"] else ""
        print(f"| {name}{mark} | {o['n']} / {o['gk']}{miss} | {o['k']}, {o['pair']:.4f} / **{o['b3']:.4f}** / {o['nmi']:.4f} | {bt} | {win} |")


def baselines(args, all_rows):
    """Baseline results per row; the threshold per form is chosen on the tuning rows."""
    grid = [t / 100 for t in range(30, 100, 2)]
    cache = {}

    def prepared(name, path, gold_path):
        if name not in cache:
            data = desk_baseline_input(args.newsdesk, path) if os.path.isdir(path) else baseline_texts(path)
            ids, texts = data
            gold = read_gold(gold_path)
            ids_texts = [(i, t) for i, t in zip(ids, texts) if i in gold]
            ids = [i for i, _ in ids_texts]
            cache[name] = (ids, baseline_linkage([t for _, t in ids_texts]), gold)
        return cache[name]

    def form(name):
        name = name.split("@")[0]
        return ".short" if name.endswith(".short") else ".title" if name.endswith(".title") else ""

    paths = {n: (p, g) for n, p, g in rows(args.workdir)}
    chosen = {}
    for f in ("", ".short", ".title"):
        tune = [n for n in ("ecb_train" + f, "mn1" + f) if n in paths]
        data = [prepared(n, *paths[n]) for n in tune]
        best = max(grid, key=lambda t: sum(score(g, baseline_cut(z, ids, t))["b3"] for ids, z, g in data))
        chosen[f] = best
    out = {}
    for name, path, gold_path in all_rows:
        t = chosen[form(name)] if not name.startswith("desk") else chosen[""]
        ids, z, gold = prepared(name.split("@")[0], path, gold_path)
        r = score({i: gold[i] for i in ids}, baseline_cut(z, ids, t))
        r["t"] = t
        out[name] = r
    return out


if __name__ == "__main__":
    main()
