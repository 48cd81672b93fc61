#!/usr/bin/env bash
# Desk ingest benchmark (issue 15): a synthetic stream of ARTICLES articles (2,000 a day) made
# from the ECB+ articles in ../shared at run time, ingested into a fresh SQLite store without
# briefs and then with briefs; each run also re-ingests the same input (which must add 0).
# Prints articles/s (wall and per CPU second: on a shared machine wall time alone says little),
# the re-ingest, the store's size and the peak RSS. Also times `newsdesk cluster` on the same
# stream as a yardstick of how busy the machine is.
#   bench/desk.sh                  # ARTICLES=100000; BRIEFS=0 skips the run with briefs,
#                                  # SPEED=0 all speed runs (quality only)
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${SHARED:-../shared}
ARTICLES=${ARTICLES:-100000}
BRIEFS=${BRIEFS:-1}
SPEED=${SPEED:-1}
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$PWD/target}
cargo build --release -q -p newsdesk-cli
N=$CARGO_TARGET_DIR/release/newsdesk
W=$CARGO_TARGET_DIR/bench-desk
BASE=$SHARED/data/ecbplus/ecbplus_docs.jsonl
mkdir -p "$W"
if [ "$SPEED" != 0 ]; then
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
"$N" bench desk "$BASE" --articles "$ARTICLES" --dir "$W"
if [ -x /usr/bin/time ]; then
  /usr/bin/time -f "yardstick: newsdesk cluster on the same stream: %e s wall, %U+%S CPU s, %M KB" \
    "$N" cluster "$W/stream.jsonl" > /dev/null
fi
if [ "$BRIEFS" != 0 ]; then
  "$N" bench desk "$BASE" --articles "$ARTICLES" --briefs --dir "$W"
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
fi

# Quality: stories built in one run against stories built step by step (the same articles in
# STEPS steps, each clustered with the store's live window), scored against the gold clusters
# of ECB+ test and of the mixed Multi-News sample (undated: one window).
Q=$W/quality
mkdir -p "$Q"
python3 - "$SHARED/data/ecbplus" "$SHARED/data/multinews/multinews_test_sample250.jsonl" "$Q" <<'PYEOF'
import json, sys
ecb, mn, out = sys.argv[1:4]
with open(f"{out}/ecb_test.jsonl", "w") as f:
    for line in open(f"{ecb}/ecbplus_docs.jsonl"):
        d = json.loads(line)
        if d["split"] == "test":
            f.write(json.dumps({"id": d["id"], "text": d["text"]}) + "\n")
with open(f"{out}/mn.jsonl", "w") as a, open(f"{out}/mn_gold.jsonl", "w") as g:
    for c in map(json.loads, open(mn)):
        for doc in c["docs"]:
            i = f'{c["id"]}/{doc["id"]}'
            a.write(json.dumps({"id": i, "title": doc.get("title") or None, "text": doc["text"]}) + "\n")
            g.write(json.dumps({"id": i, "cluster": c["id"]}) + "\n")
PYEOF
members_to_pred() { python3 -c 'import json,sys
for l in sys.stdin:
    s = json.loads(l)
    for m in s["members"]: print(json.dumps({"id": m, "cluster": s["id"]}))'; }
printf '%-16s %6s %8s %8s %8s\n' set steps pairF1 B3F1 articles
for set in ecb mn; do
  input=$Q/$([ $set = ecb ] && echo ecb_test || echo mn).jsonl
  gold=$([ $set = ecb ] && echo "$SHARED/data/ecbplus/gold_event_test.jsonl" || echo "$Q/mn_gold.jsonl")
  n=$(wc -l < "$input")
  for steps in 1 4 16; do
    db=$Q/$set-$steps.db; rm -f "$db" "$db-wal" "$db-shm"
    "$N" ingest "$input" --db "$db" --no-briefs --step $(( (n + steps - 1) / steps )) > /dev/null
    "$N" stories --json --members --db "$db" | members_to_pred > "$Q/$set-$steps.pred"
    "$N" eval clusters --gold "$gold" --pred "$Q/$set-$steps.pred" --json --on-missing singleton |
      python3 -c 'import json,sys; s=json.load(sys.stdin); print("%-16s %6s %8.4f %8.4f %8d" % (sys.argv[1], sys.argv[2], s["pair_f1"], s["bcubed_f1"], s["n_docs"]))' "$set" "$steps"
  done
done

# The live window on a dated stream: WINDOW_ARTICLES articles of the synthetic stream (2,000 a
# day) ingested in one step and in steps of 2,000 (a day each); the step-by-step stories are
# scored against the one-step stories as gold (1.0: the same partition).
WINDOW_ARTICLES=${WINDOW_ARTICLES:-20000}
head -n "$WINDOW_ARTICLES" "$W/stream.jsonl" > "$Q/dated.jsonl" 2>/dev/null || true
if [ -s "$Q/dated.jsonl" ]; then
  for step in "$WINDOW_ARTICLES" 2000; do
    db=$Q/dated-$step.db; rm -f "$db" "$db-wal" "$db-shm"
    "$N" ingest "$Q/dated.jsonl" --db "$db" --no-briefs --step "$step"
    "$N" stories --json --members --db "$db" | members_to_pred > "$Q/dated-$step.pred"
  done
  "$N" eval clusters --gold "$Q/dated-$WINDOW_ARTICLES.pred" --pred "$Q/dated-2000.pred" --json |
    python3 -c 'import json,sys; s=json.load(sys.stdin); print("steps of 2000 vs one step: pairF1 %.4f B3F1 %.4f, %d vs %d stories" % (s["pair_f1"], s["bcubed_f1"], s["n_pred_clusters"], s["n_gold_clusters"]))'
  # Against the ECB+ event of each synthetic article's base article (a rough gold: a base's
  # copies spread over the whole stream).
  python3 - "$SHARED/data/ecbplus/gold_event_all.jsonl" "$Q/dated.jsonl" > "$Q/dated.gold" <<'PYEOF'
import json, sys
gold = {d["id"]: d["cluster"] for d in map(json.loads, open(sys.argv[1]))}
for d in map(json.loads, open(sys.argv[2])):
    print(json.dumps({"id": d["id"], "cluster": gold[d["id"].split("~")[0]]}))
PYEOF
  for step in "$WINDOW_ARTICLES" 2000; do
    "$N" eval clusters --gold "$Q/dated.gold" --pred "$Q/dated-$step.pred" --json |
      python3 -c 'import json,sys; s=json.load(sys.stdin); print("steps of %s vs base events: pairF1 %.4f B3F1 %.4f" % (sys.argv[1], s["pair_f1"], s["bcubed_f1"]))' "$step"
  done
fi
