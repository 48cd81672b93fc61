#!/usr/bin/env bash
# Desk ingest benchmark (issue 15): a synthetic stream of ARTICLES articles (2,000 a day) made
# from the ECB+ articles in ../shared at run time, ingested into a fresh SQLite store without
# briefs and then with briefs; each run also re-ingests the same input (which must add 0).
# Prints articles/s (wall and per CPU second: on a shared machine wall time alone says little),
# the re-ingest, the store's size and the peak RSS. Also times `newsdesk cluster` on the same
# stream as a yardstick of how busy the machine is.
#   bench/desk.sh                  # ARTICLES=100000; BRIEFS=0 skips the run with briefs
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${SHARED:-../shared}
ARTICLES=${ARTICLES:-100000}
BRIEFS=${BRIEFS:-1}
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$PWD/target}
cargo build --release -q -p newsdesk-cli
N=$CARGO_TARGET_DIR/release/newsdesk
W=$CARGO_TARGET_DIR/bench-desk
BASE=$SHARED/data/ecbplus/ecbplus_docs.jsonl
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
