#!/usr/bin/env bash
# Story clustering benchmark (issue 4), one table: quality on the ECB+ test split and on the
# mixed Multi-News sample, throughput and peak memory on long synthetic streams, and the
# scikit-learn baseline (TF-IDF + average-linkage agglomerative) side by side.
#   bench/cluster.sh                # ARTICLES=200000 BIG=1000000 by default
# Needs ../shared, python3 and network once (the scikit-learn venv under target/).
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${SHARED:-../shared}
ARTICLES=${ARTICLES:-200000}
BIG=${BIG:-1000000}
BASELINE_SPEED_N=${BASELINE_SPEED_N:-3000}
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$PWD/target}
cargo build --release -q
N=$CARGO_TARGET_DIR/release/newsdesk
W=$CARGO_TARGET_DIR/bench-cluster
mkdir -p "$W"
VENV=$CARGO_TARGET_DIR/sklearn-venv
[ -x "$VENV/bin/python" ] || { python3 -m venv "$VENV" && "$VENV/bin/pip" install -q scikit-learn; }
PY=$VENV/bin/python
E=$SHARED/data/ecbplus

# Inputs: ECB+ splits (ids and text only), Multi-News mixed (id CLUSTERID/DOCID) and its gold.
python3 - "$E" "$SHARED/data/multinews/multinews_test_sample250.jsonl" "$W" <<'PYEOF'
import json, sys
ecb, mn, out = sys.argv[1:4]
files = {s: open(f"{out}/ecb_{s}.jsonl", "w") for s in ("train", "dev", "test")}
for line in open(f"{ecb}/ecbplus_docs.jsonl"):
    d = json.loads(line)
    files[d["split"]].write(json.dumps({"id": d["id"], "text": d["text"]}) + "\n")
clusters = [json.loads(line) for line in open(mn)]
first = set(sorted(c["id"] for c in clusters)[: len(clusters) // 2])
with open(f"{out}/mn.jsonl", "w") as a, open(f"{out}/mn_gold.jsonl", "w") as g, \
        open(f"{out}/mn1.jsonl", "w") as a1, open(f"{out}/mn2.jsonl", "w") as a2:
    for c in clusters:
        for doc in c["docs"]:
            i = f'{c["id"]}/{doc["id"]}'
            line = json.dumps({"id": i, "title": doc.get("title") or None, "text": doc["text"]}) + "\n"
            a.write(line)
            (a1 if c["id"] in first else a2).write(line)
            g.write(json.dumps({"id": i, "cluster": c["id"]}) + "\n")
PYEOF

as_pred() { python3 -c 'import json,sys
for l in sys.stdin: d=json.loads(l); print(json.dumps({"id": d["id"], "cluster": d["story"]}))'; }
score() { # GOLD PRED -> "pairF1 B3F1 NMI ARI"
  "$N" eval clusters --gold "$1" --pred "$2" --json --on-missing error |
    python3 -c 'import json,sys; s=json.load(sys.stdin); print("%.4f %.4f %.4f %.4f" % (s["pair_f1"], s["bcubed_f1"], s["nmi_arithmetic"], s["ari"]))'
}

timed() { # ARTICLES ARGS... -> "articles/s peakRSS(MiB)" of `newsdesk cluster ARGS > /dev/null`
  local n=$1; shift
  /usr/bin/time -v "$N" cluster "$@" > /dev/null 2> "$W/timed.txt"
  awk -F': ' -v n="$n" '/Elapsed \(wall clock\)/ {k=split($2,t,":"); s=0; for(i=1;i<=k;i++) s=s*60+t[i]}
    /Maximum resident/ {r=$2/1024} END {printf "%.0f %.0f\n", n/s, r}' "$W/timed.txt"
}

"$N" cluster "$W/ecb_test.jsonl" | as_pred > "$W/ours_ecb.pred"
"$N" cluster "$W/mn.jsonl" | as_pred > "$W/ours_mn.pred"
read -r o_ep o_eb o_en o_ea <<<"$(score "$E/gold_event_test.jsonl" "$W/ours_ecb.pred")"
# Tuning data, for reference: ECB+ train and dev, Multi-News halves (each clustered alone; the
# first half of the clusters by id was used for tuning, the second was not).
for s in train dev; do "$N" cluster "$W/ecb_$s.jsonl" | as_pred > "$W/ours_ecb_$s.pred"; done
"$N" cluster "$W/mn1.jsonl" | as_pred > "$W/ours_mn1.pred"
"$N" cluster "$W/mn2.jsonl" | as_pred > "$W/ours_mn2.pred"
read -r o_tp o_tb _ <<<"$(score "$E/gold_event_train.jsonl" "$W/ours_ecb_train.pred")"
read -r o_dp o_db _ <<<"$(score "$E/gold_event_dev.jsonl" "$W/ours_ecb_dev.pred")"
mn_half() { "$N" eval clusters --gold "$W/mn_gold.jsonl" --pred "$1" --json --on-missing drop |
  python3 -c 'import json,sys; print("%.4f" % json.load(sys.stdin)["bcubed_f1"])'; }
o_m1=$(mn_half "$W/ours_mn1.pred"); o_m2=$(mn_half "$W/ours_mn2.pred")
read -r o_mp o_mb o_mn o_ma <<<"$(score "$W/mn_gold.jsonl" "$W/ours_mn.pred")"

# Baseline threshold: the best on ECB+ train (never test).
read -r bt _ <<<"$("$PY" bench/sklearn_baseline.py "$W/ecb_train.jsonl" --sweep "$E/gold_event_train.jsonl")"
"$PY" bench/sklearn_baseline.py "$W/ecb_test.jsonl" --threshold "$bt" > "$W/sk_ecb.pred" 2>/dev/null
"$PY" bench/sklearn_baseline.py "$W/mn.jsonl" --threshold "$bt" > "$W/sk_mn.pred" 2>/dev/null
read -r s_ep s_eb s_en s_ea <<<"$(score "$E/gold_event_test.jsonl" "$W/sk_ecb.pred")"
read -r s_mp s_mb s_mn s_ma <<<"$(score "$W/mn_gold.jsonl" "$W/sk_mn.pred")"

# Speed: the same synthetic stream for both (ours end to end through the CLI).
"$N" bench cluster stream "$W/ecb_train.jsonl" "$W/ecb_dev.jsonl" "$W/ecb_test.jsonl" "$W/mn.jsonl" \
  --articles "$ARTICLES" --write "$W/stream.jsonl" 2>/dev/null
# The median of three runs: the wall clock of one run varies by a third on this shared machine.
read -r cli_rate cli_rss <<<"$(for _ in 1 2 3; do timed "$ARTICLES" "$W/stream.jsonl"; done | sort -n | sed -n 2p)"
# In process: features (all threads) overlapped with the placement (one thread), wall
# clock, stream generation not counted; on all cores (the headline) and on one (for reference).
threads=$(nproc)
"$N" bench cluster stream "$W/ecb_train.jsonl" "$W/ecb_dev.jsonl" "$W/ecb_test.jsonl" "$W/mn.jsonl" \
  --articles "$ARTICLES" 2>/dev/null > "$W/stream.out"
mem_rate=$(grep -o '[0-9]* articles/s' "$W/stream.out" | head -1 | cut -d' ' -f1)
RAYON_NUM_THREADS=1 "$N" bench cluster stream "$W/ecb_train.jsonl" "$W/ecb_dev.jsonl" "$W/ecb_test.jsonl" "$W/mn.jsonl" \
  --articles "$ARTICLES" 2>/dev/null > "$W/stream1.out"
mem1_rate=$(grep -o '[0-9]* articles/s' "$W/stream1.out" | head -1 | cut -d' ' -f1)
# The long stream through the command itself (its file is large: removed afterwards).
"$N" bench cluster stream "$W/ecb_train.jsonl" "$W/ecb_dev.jsonl" "$W/ecb_test.jsonl" "$W/mn.jsonl" \
  --articles "$BIG" --write "$W/big.jsonl" 2>/dev/null
read -r big_rate big_rss <<<"$(timed "$BIG" "$W/big.jsonl")"
rm -f "$W/big.jsonl"
# Big windows: every ECB+ and Multi-News article in one input (1,648 articles, one window) with
# the exhaustive neighbour search, the pruned one that windows over 2,000 articles get, and the
# online pass alone; then the 200k stream with its 7-day windows (14,000 articles) refined.
cat "$W/ecb_train.jsonl" "$W/ecb_dev.jsonl" "$W/ecb_test.jsonl" "$W/mn.jsonl" > "$W/mixed.jsonl"
cat "$E/gold_event_all.jsonl" "$W/mn_gold.jsonl" > "$W/mixed_gold.jsonl"
mixed() { "$N" cluster "$W/mixed.jsonl" "$@" | as_pred > "$W/mixed.pred"; score "$W/mixed_gold.jsonl" "$W/mixed.pred" | cut -d' ' -f1,2 | tr ' ' /; }
x_exact=$(mixed); x_pruned=$(mixed --refine-exact-max 0); x_online=$(mixed --refine-max 0)
read -r ref_rate ref_rss <<<"$(timed "$ARTICLES" "$W/stream.jsonl" --refine-max 30000 --refine-max-features 100000000)"
# A slower stream (250 articles a day): its 1,750-article windows are within the default
# --refine-max, so every article is also refined.
"$N" bench cluster stream "$W/ecb_train.jsonl" "$W/ecb_dev.jsonl" "$W/ecb_test.jsonl" "$W/mn.jsonl" \
  --articles "$ARTICLES" --per-day 250 --write "$W/slow.jsonl" 2>/dev/null
read -r slow_rate slow_rss <<<"$(timed "$ARTICLES" "$W/slow.jsonl")"
rm -f "$W/slow.jsonl"
"$PY" bench/sklearn_baseline.py "$W/stream.jsonl" --threshold "$bt" --limit "$BASELINE_SPEED_N" > /dev/null 2> "$W/sk.speed"
sk_rate=$(grep -o '= [0-9]* articles/s' "$W/sk.speed" | cut -d' ' -f2)

printf '\n| measure | newsdesk | scikit-learn baseline (threshold %s from ECB+ train) |\n|---|---|---|\n' "$bt"
printf '| ECB+ test: pairwise F1 / BCubed F1 / NMI / ARI | %s / %s / %s / %s | %s / %s / %s / %s |\n' \
  "$o_ep" "$o_eb" "$o_en" "$o_ea" "$s_ep" "$s_eb" "$s_en" "$s_ea"
printf '| Multi-News mixed (250 stories): pairwise F1 / BCubed F1 / NMI / ARI | %s / %s / %s / %s | %s / %s / %s / %s |\n' \
  "$o_mp" "$o_mb" "$o_mn" "$o_ma" "$s_mp" "$s_mb" "$s_mn" "$s_ma"
printf '| ECB+ train / dev (tuning data): pairwise F1 / BCubed F1 | %s / %s; %s / %s | |\n' "$o_tp" "$o_tb" "$o_dp" "$o_db"
printf '| Multi-News halves clustered alone: BCubed F1 first half (tuning) / second half | %s / %s | |\n' "$o_m1" "$o_m2"
printf '| %s-article stream, `newsdesk cluster FILE > /dev/null` end to end, %s threads (wall clock: reading, parsing, features, assignment, refinement, output) | %s articles/s, peak RSS %s MiB | %s articles/s (first %s articles; O(n²) memory) |\n' \
  "$ARTICLES" "$threads" "$cli_rate" "$cli_rss" "$sk_rate" "$BASELINE_SPEED_N"
printf '| %s-article stream in process, %s threads (wall clock of features + assignment, overlapped; generation not counted) | %s articles/s | |\n' "$ARTICLES" "$threads" "$mem_rate"
printf '| the same, 1 thread (for reference) | %s articles/s | |\n' "$mem1_rate"
printf '| %s-article stream, `newsdesk cluster FILE > /dev/null` end to end, %s threads | %s articles/s, peak RSS %s MiB | |\n' "$BIG" "$threads" "$big_rate" "$big_rss"
printf '| speed ratio (end to end, ours / baseline) | %sx | |\n' "$(python3 -c "print(round($cli_rate / $sk_rate))")"
printf '| all ECB+ and Multi-News articles in one input (1,648): pairwise F1 / BCubed F1, refined (exhaustive search) / refined (pruned search) / online pass only | %s; %s; %s | |\n' "$x_exact" "$x_pruned" "$x_online"
printf '| %s-article stream at 250 articles a day (7-day windows of 1,750 articles, all refined), default options | %s articles/s, peak RSS %s MiB | |\n' "$ARTICLES" "$slow_rate" "$slow_rss"
printf '| %s-article stream with `--refine-max 30000` (its 14,000-article windows refined, pruned search) | %s articles/s, peak RSS %s MiB | |\n' "$ARTICLES" "$ref_rate" "$ref_rss"
