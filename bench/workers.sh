#!/usr/bin/env bash
# Throughput of the NATS JetStream workers (issue 18), on this machine:
#  1. extraction-bound input — the html-dev pages (read at run time from ../shared, replicated
#     COPIES times in a temporary directory) — with 1 and then 2 extraction workers: pages/s
#     over the span from the first message taken to the last acknowledged, and per CPU second;
#  2. the clusterer's own ceiling: the example desk grown to ARTICLES articles, extracted first,
#     then one clusterer alone writing PostgreSQL, beside one `newsdesk ingest` process on the
#     same input (SQLite and PostgreSQL) as the anchor.
# Sessions: with the kernel's scheduler autogroups on (/proc/sys/kernel/sched_autogroup_enabled),
# the CPU is shared fairly between *sessions*, not processes: everything this script starts would
# share one session's slice, so on a machine busy with other work two workers get no more CPU
# than one. SESSIONS=1 (the default) starts the nats-server and each worker in a session of its
# own (`setsid`), as separate services are; SESSIONS=0 keeps them in the script's session.
# Each run has its own nats-server (max_payload 8 MiB: some pages are over the 1 MiB default)
# and its own PostgreSQL database, dropped at the end. The load average is printed with each.
# The CPU seconds of the publisher, and of the nats-server while the workers run, are printed
# beside the workers' own.
# Usage: bench/workers.sh [PAGES_DIR]   (env: COPIES=4 ARTICLES=20000 BIN=target/release/newsdesk
#        SESSIONS=1; EXTRACT_ONLY=1 skips part 2; EXTRACT_ARGS="--batch 32" goes to the workers)
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-target/release/newsdesk}
PAGES=${1:-../shared/data/html-dev/pages}
COPIES=${COPIES:-4}
ARTICLES=${ARTICLES:-20000}
EXTRACT_ARGS=${EXTRACT_ARGS:-}
SESSIONS=${SESSIONS:-1}
OWN=$([ "$SESSIONS" = 1 ] && echo setsid || true)  # a session of its own (setsid execs: $! is the process)
PG_ADMIN=${NEWSDESK_TEST_POSTGRES:-postgres://postgres@127.0.0.1:5432/test}
PG_SERVER=${PG_ADMIN%/*}
NATS_SERVER=${NATS_SERVER:-$(command -v nats-server || echo /usr/sbin/nats-server)}
[ -x "$NATS_SERVER" ] || { echo "SKIP: no nats-server"; exit 0; }
[ -d "$PAGES" ] || { echo "SKIP: no pages at $PAGES"; exit 0; }
work=$(mktemp -d /tmp/newsdesk-bench-workers.XXXXXX)
DB=bench_workers_$$
nats_pid=
cleanup() {
  [ -n "$nats_pid" ] && kill "$nats_pid" 2>/dev/null || true
  psql "$PG_ADMIN" -qc "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null 2>&1 || true
  [ -n "${KEEP:-}" ] && echo "kept $work" || rm -rf "$work"
}
trap cleanup EXIT
load() { cut -d' ' -f1-3 /proc/loadavg; }
cpu_of() { awk '{ sub(/^.*\) /, ""); printf "%.2f", ($12 + $13) / 100 }' "/proc/$1/stat"; }  # utime + stime, s
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
URL=nats://127.0.0.1:$port

start_nats() {  # a fresh server with an empty store
  [ -n "$nats_pid" ] && { kill "$nats_pid"; wait "$nats_pid" 2>/dev/null || true; }
  rm -rf "$work/js"
  printf 'listen: "127.0.0.1:%s"\nmax_payload: 8388608\njetstream { store_dir: "%s" }\n' "$port" "$work/js" > "$work/nats.conf"
  $OWN "$NATS_SERVER" -c "$work/nats.conf" > "$work/nats.log" 2>&1 &
  nats_pid=$!
  for _ in $(seq 50); do (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null && return; sleep 0.1; done
  echo "nats-server did not start" >&2; exit 1
}

# Pages replicated under other names (their text is the same: only the extraction is measured).
for c in $(seq "$COPIES"); do
  mkdir -p "$work/pages/c$c"
  for f in "$PAGES"/*.html; do ln -s "$(realpath "$f")" "$work/pages/c$c/$(basename "$f")"; done
done
pages=$(find "$work/pages" -name '*.html' | wc -l)

extract_run() {  # $1 = workers
  start_nats
  /usr/bin/time -f "%U %S %e" -o "$work/publish.time" "$BIN" publish "$work/pages" --nats "$URL" 2> "$work/publish.log" || true
  local before nats_before; before=$(load); nats_before=$(cpu_of "$nats_pid")
  for i in $(seq "$1"); do $OWN "$BIN" worker --role extract --nats "$URL" --idle-exit 3 $EXTRACT_ARGS 2> "$work/extract-$i.log" & done
  wait $(jobs -p | grep -v "^$nats_pid$") 2>/dev/null || true
  local nats_cpu; nats_cpu=$(python3 -c "print(f'{$(cpu_of "$nats_pid") - $nats_before:.2f}')")
  read -r pu ps pe < "$work/publish.time"
  echo "publish: ${pe} s wall, $(python3 -c "print(f'{$pu + $ps:.2f}')") CPU s; nats-server during extraction: $nats_cpu CPU s"
  python3 - "$1" "$pages" "$before" "$(load)" "$work"/extract-*.log <<'PY'
import re, sys
workers, pages, before, after, logs = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5:]
firsts, lasts, cpu, sources, each = [], [], 0.0, 0, []
for log in logs[:workers]:
    m = re.search(r"extraction worker: (\d+) sources.*busy from ([\d.]+) to ([\d.]+) .*?([\d.]+) CPU s(?: \(([\d.]+) s extracting\); waited ([\d.]+) s)?", open(log).read())
    if m:
        sources += int(m.group(1)); firsts.append(float(m.group(2))); lasts.append(float(m.group(3))); cpu += float(m.group(4))
        each.append(m.group(4) + (f" [{m.group(5)} extracting, waited {m.group(6)} s]" if m.group(5) else ""))
span = max(lasts) - min(firsts)
print(f"extract, {workers} worker(s): {sources} sources ({pages} pages + end mark) in {span:.2f} s = {sources/span:.1f} pages/s; "
      f"{cpu:.2f} CPU s ({' + '.join(each)}) = {sources/cpu:.1f} pages per CPU second; load before/after {before} / {after}")
PY
}

echo "== extraction-bound: $pages pages ($COPIES copies of $PAGES), $(nproc) cores, SESSIONS=$SESSIONS (autogroups $(cat /proc/sys/kernel/sched_autogroup_enabled 2>/dev/null || echo n/a))"
extract_run 1
extract_run 2
[ -n "${EXTRACT_ONLY:-}" ] && exit 0

echo "== clusterer ceiling: the example desk grown to $ARTICLES articles"
"$BIN" bench desk examples/desk --articles "$ARTICLES" --per-day 200 --stream-only --dir "$work" > /dev/null
start_nats
"$BIN" publish "$work/stream.jsonl" --nats "$URL" 2> "$work/publish.log"
for i in 1 2; do "$BIN" worker --role extract --nats "$URL" --idle-exit 3 2> "$work/x-$i.log" & done
wait $(jobs -p | grep -v "^$nats_pid$") 2>/dev/null || true
psql "$PG_ADMIN" -qc "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB" >/dev/null
echo "load before: $(load)"
"$BIN" worker --role cluster --nats "$URL" --db "$PG_SERVER/$DB" --step 2000 --no-briefs --idle-exit 3 2>&1 | grep clusterer: || true
echo "load after: $(load)"
for db in "$work/single.db" "$PG_SERVER/$DB"; do
  [ "$db" = "$work/single.db" ] || psql "$PG_ADMIN" -qc "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB" >/dev/null
  start=$(date +%s.%N)
  /usr/bin/time -f "%U %S" -o "$work/time" "$BIN" ingest "$work/stream.jsonl" --db "$db" --step 2000 --no-briefs > /dev/null
  end=$(date +%s.%N)
  python3 -c "import sys; w=float(sys.argv[2])-float(sys.argv[1]); u,s=map(float,open(sys.argv[3]).read().split()[-2:]); print(f'anchor: one newsdesk ingest --step 2000 into {sys.argv[5]}: {int(sys.argv[4])} articles in {w:.2f} s = {int(sys.argv[4])/w:.0f} articles/s ({u+s:.2f} CPU s)')" \
    "$start" "$end" "$work/time" "$ARTICLES" "$( [ "$db" = "$work/single.db" ] && echo SQLite || echo PostgreSQL )"
  echo "load: $(load)"
done
