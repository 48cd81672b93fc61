#!/usr/bin/env bash
# Clustering speed on a mixed-language stream beside an English one (issue 17), the same
# generator and the same binary in one run: `newsdesk cluster FILE > /dev/null` end to end.
#   bench/languages_speed.sh            # ARTICLES=200000 by default
# The mixed stream perturbs the invented multilingual set (examples/multilingual: English,
# Arabic, Russian, French, Czech, Hindi, Greek, Chinese); the English one ECB+ (read from
# ../shared at run time). Each source article recurs many times with lines dropped and fresh
# words added, so near-copy families are far larger than in real news: an upper bound on the
# dedup index's share of the time.
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${SHARED:-../shared}
ARTICLES=${ARTICLES:-200000}
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$PWD/target}
cargo build --release -q
N=$CARGO_TARGET_DIR/release/newsdesk
W=$CARGO_TARGET_DIR/bench-languages
mkdir -p "$W"
python3 -c 'import json,sys
for l in open(sys.argv[1]):
    d = json.loads(l); print(json.dumps({"id": d["id"], "text": d["text"]}))' \
  "$SHARED/data/ecbplus/ecbplus_docs.jsonl" > "$W/ecb.jsonl"
"$N" bench cluster stream "$W/ecb.jsonl" --articles "$ARTICLES" --write "$W/en.jsonl" 2>/dev/null
"$N" bench cluster stream examples/multilingual/*.jsonl --articles "$ARTICLES" --write "$W/mixed.jsonl" 2>/dev/null
printf '| stream (%s articles) | wall s | articles/s | CPU s (user+sys) | articles per CPU second | peak RSS MiB | load average |\n|---|---|---|---|---|---|---|\n' "$ARTICLES"
for s in en mixed; do
  /usr/bin/time -f '%e %U %S %M' -o "$W/$s.time" "$N" cluster "$W/$s.jsonl" > /dev/null 2>&1
  read -r wall user sys rss < "$W/$s.time"
  python3 -c 'import sys
s, n, wall, user, sys_, rss, load = sys.argv[1:]
n, wall, cpu = int(n), float(wall), float(user) + float(sys_)
print(f"| {s} | {wall:.1f} | {n / wall:,.0f} | {cpu:.1f} | {n / cpu:,.0f} | {int(rss) // 1024} | {load} |")' \
    "$s" "$ARTICLES" "$wall" "$user" "$sys" "$rss" "$(cut -d' ' -f1 /proc/loadavg)"
done
rm -f "$W/en.jsonl" "$W/mixed.jsonl"
