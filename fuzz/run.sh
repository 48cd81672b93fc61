#!/usr/bin/env bash
# Runs every fuzz target for SECONDS each (default 600), one after the other, starting from
# the seeds in fuzz/seeds/TARGET (our own fixtures); new inputs go to fuzz/corpus/TARGET,
# crashes to fuzz/artifacts/TARGET. Needs a nightly toolchain and cargo-fuzz
# (`cargo install cargo-fuzz`). Prints one line per target; exits 1 if any target crashed.
set -uo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-600}"
targets=(html html_dom feed warc txt jsonl dates)
status=0
cargo +nightly fuzz build -O || exit 2
for t in "${targets[@]}"; do
    mkdir -p "fuzz/corpus/$t"
    log="fuzz/corpus/$t.log"
    cargo +nightly fuzz run -O "$t" "fuzz/corpus/$t" "fuzz/seeds/$t" -- \
        -max_total_time="$seconds" -rss_limit_mb=4096 -timeout=10 -max_len=262144 >"$log" 2>&1
    rc=$?
    runs=$(grep -Eo '^#[0-9]+' "$log" | tail -1 | tr -d '#')
    crashes=$(ls "fuzz/artifacts/$t" 2>/dev/null | wc -l)
    echo "fuzz $t: ${seconds}s, ${runs:-0} runs, exit $rc, artifacts $crashes"
    [ "$rc" -ne 0 ] && status=1
done
exit $status
