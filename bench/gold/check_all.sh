#!/usr/bin/env bash
# Every brief gold set, one line each: the seeds, the invented examples and the four Multi-News
# clusters (written to target/gold-mn by pick_multinews.py; keys-only gold in bench/gold/multinews).
# usage: bench/gold/check_all.sh [NEWSDESK_BINARY]
set -uo pipefail
cd "$(dirname "$0")/../.."
bin=${1:-target/release/newsdesk}
check=../shared/tools/check_brief.py
out=${OUT:-target/gold-briefs}
mkdir -p "$out"
[ -d target/gold-mn ] || python3 bench/gold/pick_multinews.py >/dev/null
run() { # name input gold
  "$bin" brief "$2" --format json > "$out/$1.json" 2>/dev/null
  printf '%-22s %s\n' "$1" "$(python3 "$check" "$out/$1.json" "$3" | tail -1)"
}
run seeds ../shared/seeds ../shared/gold/seeds.json
run harbor-strike examples/harbor-strike examples/harbor-strike.gold.json
run vell-bridge examples/vell-bridge examples/vell-bridge.gold.json
for g in bench/gold/multinews/*.gold.json; do
  name=$(basename "$g" .gold.json)
  run "$name" "target/gold-mn/$name" "$g"
done
