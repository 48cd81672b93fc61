#!/usr/bin/env python3
"""Side by side: newsdesk's summaries against sumy's LexRank and TextRank and a lead baseline.

usage: bench/summaries.py [CLUSTERS.jsonl] [--words 300] [--half all|first|second] [--bin PATH]

Creates target/pyenv (bench/pyenv.sh: rouge-score + sumy) on first use and re-runs itself
there. Every system summarises the same clusters (Multi-News shape: docs, refs) at the same
word budget and is scored by the rouge-score package (F, use_stemmer=True), so the scorer is
the same for all rows; newsdesk's own Rust ROUGE is printed beside it as a cross-check.

Baselines get the classic setup: the raw documents joined (no cleaning), sentences ranked,
taken in rank order until the budget, the text cut at exactly N words (ROUGE-1.5.5's -l N).
NLTK's trained Punkt model is not installable here (its data is a download), so sentences
are split by an untrained Punkt tokenizer with common English abbreviations added, and words
by NLTK's data-free Treebank tokenizer. newsdesk's summaries are whole sentences, at most N
words. Speed counts summarisation only (parsing included, scoring excluded); the baselines run
on one thread, newsdesk on one and on every core (the rows say which), after one untimed
warm-up cluster that compiles its built-in patterns. Speed is given per wall-clock second and
per CPU second (process time for Python, the summarising thread's time for newsdesk): on a
shared machine the CPU figure is the stable one.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_DATA = os.path.join(ROOT, "..", "shared", "data", "multinews", "multinews_test_sample250.jsonl")


def ensure_env():
    try:
        import rouge_score  # noqa: F401
        import sumy  # noqa: F401
        return
    except ImportError:
        pass
    r = subprocess.run(["bash", os.path.join(ROOT, "bench", "pyenv.sh")], capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit("SKIPPED: could not create the Python environment (python3 -m venv / pip unavailable)\n" + r.stderr)
    os.execv(r.stdout.strip(), [r.stdout.strip(), *sys.argv])


ABBREVIATIONS = (
    "mr mrs ms dr st jr sr prof gen sen rep gov lt col sgt capt cmdr adm maj pres vs etc inc corp co ltd "
    "jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun u.s u.k u.n a.m p.m "
    "no approx dept est fig ft mt ave blvd e.g i.e al"
).split()


def make_tokenizer():
    from nltk.tokenize import NLTKWordTokenizer
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer
    from sumy.nlp.tokenizers import Tokenizer

    params = PunktParameters()
    params.abbrev_types = set(ABBREVIATIONS)

    class OfflineTokenizer(Tokenizer):
        def __init__(self):
            self._language = "english"
            self._sentence_tokenizer = PunktSentenceTokenizer(params)
            self._word_tokenizer = NLTKWordTokenizer()

    return OfflineTokenizer()


def cut(sentences, words):
    out = []
    for s in sentences:
        out.extend(str(s).split())
        if len(out) >= words:
            break
    return " ".join(out[:words])


def sumy_system(name):
    from sumy.nlp.stemmers import Stemmer
    from sumy.parsers.plaintext import PlaintextParser
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer
    from sumy.utils import get_stop_words

    tokenizer = make_tokenizer()
    summarizer = (LexRankSummarizer if name == "lexrank" else TextRankSummarizer)(Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")

    def run(cluster, words):
        text = "\n\n".join(d["text"] for d in cluster["docs"])
        doc = PlaintextParser.from_string(text, tokenizer).document
        ratings = rate(summarizer, doc)
        ranked = sorted(doc.sentences, key=lambda s: -ratings[s])  # stable: ties keep text order
        return cut(ranked, words)

    return run


def rate(summarizer, doc):
    from sumy.summarizers.lex_rank import LexRankSummarizer

    if isinstance(summarizer, LexRankSummarizer):
        words = [summarizer._to_words_set(s) for s in doc.sentences]
        tf = summarizer._compute_tf(words)
        idf = summarizer._compute_idf(words)
        matrix = summarizer._create_matrix(words, summarizer.threshold, tf, idf)
        return dict(zip(doc.sentences, summarizer.power_method(matrix, summarizer.epsilon)))
    return summarizer.rate_sentences(doc)


def lead_system():
    tokenizer = make_tokenizer()

    def run(cluster, words):
        per_doc = []
        for d in cluster["docs"]:
            paras = [p.strip() for p in d["text"].split("\n") if p.strip()]
            per_doc.append([s for p in paras for s in tokenizer.to_sentences(p)])
        order = []
        for i in range(max(map(len, per_doc), default=0)):
            order.extend(doc[i] for doc in per_doc if i < len(doc))
        return cut(order, words)

    return run


def main():
    ensure_env()
    ap = argparse.ArgumentParser()
    ap.add_argument("clusters", nargs="?", default=DEFAULT_DATA)
    ap.add_argument("--words", type=int, default=300)
    ap.add_argument("--half", choices=["all", "first", "second"], default="all")
    ap.add_argument("--bin", default=os.path.join(ROOT, "target", "release", "newsdesk"))
    ap.add_argument("--skip", default="", help="comma-separated systems to leave out (lexrank,textrank,lead)")
    args = ap.parse_args()

    from rouge_score import rouge_scorer

    if not os.path.exists(args.bin):
        subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)

    with open(args.clusters, encoding="utf-8") as f:
        clusters = [json.loads(line) for line in f if line.strip()]
    mid = len(clusters) // 2
    clusters = {"all": clusters, "first": clusters[:mid], "second": clusters[mid:]}[args.half]
    articles = sum(len(c["docs"]) for c in clusters)
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=True)

    def score(summaries):
        tot = {"rouge1": 0.0, "rouge2": 0.0, "rougeL": 0.0}
        for c, s in zip(clusters, summaries):
            r = scorer.score_multi(c["refs"], s)
            for k in tot:
                tot[k] += r[k].fmeasure
        return {k: 100 * v / len(clusters) for k, v in tot.items()}

    rows = []
    # newsdesk: the real command, its summaries re-scored here with rouge-score. Its timed part
    # is well under a second, so it is run three times per thread count and the median kept.
    threads = sorted({1, os.cpu_count() or 1})
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "ours.jsonl")
        for n in threads:
            runs = []
            for _ in range(3):
                cmd = [args.bin, "eval", "summaries", args.clusters, "--words", str(args.words), "--half", args.half,
                       "--threads", str(n), "--out", out]
                r = subprocess.run(cmd, capture_output=True, text=True, check=True)
                table = [line for line in r.stdout.splitlines() if line.startswith("| ") and line[2].isdigit()][0]
                runs.append([c.strip() for c in table.strip("|").split("|")])
            cells = sorted(runs, key=lambda c: float(c[7]))[1]  # median by wall-clock speed
            summaries = [json.loads(line)["summary"] for line in open(out, encoding="utf-8")]
            rust = f"{float(cells[2]):.2f} / {float(cells[3]):.2f} / {float(cells[4]):.2f}"
            label = f"newsdesk ({n} thread{'s' if n > 1 else ''})"
            per_cpu = float(cells[8]) if cells[8] != "-" else None
            rows.append((label, score(summaries), summaries, float(cells[7]), per_cpu,
                         f"Rust ROUGE {rust}; cited {cells[5]}"))

    systems = [("lexrank", "sumy LexRank"), ("textrank", "sumy TextRank"), ("lead", "lead (first sentences in turn)")]
    for key, label in systems:
        if key in args.skip.split(","):
            continue
        run = lead_system() if key == "lead" else sumy_system(key)
        start, cpu_start = time.perf_counter(), time.process_time()
        summaries = [run(c, args.words) for c in clusters]
        secs, cpu = time.perf_counter() - start, time.process_time() - cpu_start
        rows.append((label, score(summaries), summaries, articles / secs, articles / cpu, ""))

    lex = next((r for r in rows if r[0] == "sumy LexRank"), None)
    print(f"{len(clusters)} clusters ({args.half}), {articles} articles, {args.words}-word budget, rouge-score F (stemmed); "
          f"newsdesk speed: median of 3 runs")
    print("| system | R-1 | R-2 | R-L | words | articles/s | articles/CPU-s | vs LexRank (wall / CPU) | note |")
    print("|---|---|---|---|---|---|---|---|---|")
    for name, s, summaries, speed, per_cpu, note in rows:
        words = sum(len(x.split()) for x in summaries) / len(summaries)
        ratio = f"{speed / lex[3]:.0f}× / " + (f"{per_cpu / lex[4]:.0f}×" if per_cpu else "-") if lex else "-"
        cpu = f"{per_cpu:.1f}" if per_cpu else "-"
        print(f"| {name} | {s['rouge1']:.2f} | {s['rouge2']:.2f} | {s['rougeL']:.2f} | {words:.0f} | {speed:.1f} | {cpu} | {ratio} | {note} |")

if __name__ == "__main__":
    main()
