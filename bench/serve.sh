#!/usr/bin/env bash
# Load test of `newsdesk serve` (issue 16): the example desk grown to ARTICLES articles (the
# `bench desk` stream generator over examples/desk: lines dropped, words added, PER_DAY articles a
# day, six invented outlets), briefs built, then served on loopback and hit by wrk for DURATION
# seconds with a mix of front pages, story pages, article pages, search and the JSON API while
# articles are posted to POST /api/v1/articles. Prints requests/s, latency percentiles, errors,
# the server's RSS, whether every posted article arrived, and the story-page latency from the
# store (cold, each story once) beside /healthz as the anchor.
#   bench/serve.sh            # ARTICLES=10000 DURATION=60 CONNECTIONS=16 (needs wrk: apt-get install wrk)
#   PG=postgres://postgres@127.0.0.1:5432 bench/serve.sh   # the same, served from PostgreSQL
#                             # (database newsdesk_bench_serve, dropped and re-created, ingested afresh)
set -euo pipefail
cd "$(dirname "$0")/.."
ARTICLES=${ARTICLES:-10000}
PER_DAY=${PER_DAY:-200}
DURATION=${DURATION:-60}
CONNECTIONS=${CONNECTIONS:-16}
PORT=${PORT:-18181}
TOKEN=bench-token
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$PWD/target}
command -v wrk >/dev/null || { echo "bench/serve.sh needs wrk (apt-get install wrk)" >&2; exit 1; }
cargo build --release -q -p newsdesk-cli
N=$CARGO_TARGET_DIR/release/newsdesk
W=$CARGO_TARGET_DIR/bench-serve
mkdir -p "$W"
# Generate ARTICLES + 300 articles; the last 300 are held back and posted during the load.
if [ ! -s "$W/desk-briefs.db" ] || [ "$(cat "$W/articles" 2>/dev/null)" != "$ARTICLES" ]; then
  "$N" bench desk examples/desk --articles $((ARTICLES + 300)) --per-day "$PER_DAY" --dir "$W" > "$W/gen.log"
  head -n "$ARTICLES" "$W/stream.jsonl" > "$W/desk.jsonl"
  tail -n 300 "$W/stream.jsonl" > "$W/posted.jsonl"
  rm -f "$W"/desk-briefs.db*
  /usr/bin/time -f "ingest with briefs: %e s, %M KB peak" "$N" ingest "$W/desk.jsonl" --db "$W/desk-briefs.db"
  echo "$ARTICLES" > "$W/articles"
fi
if [ -n "${PG:-}" ]; then
  psql "$PG/test" -q -c "DROP DATABASE IF EXISTS newsdesk_bench_serve" -c "CREATE DATABASE newsdesk_bench_serve"
  DB=$PG/newsdesk_bench_serve
  /usr/bin/time -f "ingest with briefs into PostgreSQL: %e s, %M KB peak" "$N" ingest "$W/desk.jsonl" --db "$DB"
  echo "store: PostgreSQL ($DB)"
else
  cp "$W/desk-briefs.db" "$W/serve.db"; rm -f "$W"/serve.db-*
  DB=$W/serve.db
  echo "store: SQLite ($DB)"
fi
"$N" serve --db "$DB" --addr 127.0.0.1:$PORT --token $TOKEN 2> "$W/serve.log" &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$PORT/healthz" > /dev/null && break; sleep 0.1; done
B=http://127.0.0.1:$PORT
python3 - "$W" "$B" <<'PYEOF'
import json, sys, random, urllib.parse, urllib.request
w, base = sys.argv[1], sys.argv[2]
stories, cursor = [], ""
while True:  # every story, through the API's paging
    page = json.load(urllib.request.urlopen(f"{base}/api/v1/stories?limit=100{cursor}"))
    stories += page["stories"]
    if page["next"] is None: break
    cursor = f"&cursor={page['next']}"
# Stories of 10+ articles carry real briefs; the generator also leaves many one-article stragglers.
big = [s["id"] for s in stories if s["articles"] >= 10]
small = [s["id"] for s in stories if s["articles"] < 10]
ids = big * 3 + random.Random(3).sample(small, min(len(small), 40))
articles = [json.loads(l)["id"] for l in open(f"{w}/desk.jsonl")][:2000]
words = ["strike", "ferry", "mayor", "court", "drivers", "breach", "viaduct", "captain", "bribe", "union"]
q = urllib.parse.quote
random.seed(7)
paths = []
paths += [f"/?page={p}" for p in range(1, 6)] * 5                              # front pages
paths += [f"/stories/{q(i, safe='')}" for i in ids] * 1                     # story pages
paths += [f"/api/v1/stories?limit=20&cursor={c}" for c in range(0, 100, 20)] * 2  # API list
paths += [f"/api/v1/stories/{q(i, safe='')}" for i in random.sample(ids, min(40, len(ids)))]
paths += [f"/articles/{q(a, safe='')}" for a in random.sample(articles, 40)]
paths += [f"/api/v1/articles/{q(a, safe='')}" for a in random.sample(articles, 10)]
paths += [f"/search?q={w}" for w in words] * 2 + [f"/api/v1/search?q={w}" for w in words]
paths += [f"/stories/{q(i, safe='')}/feed.atom" for i in big[:5]]
random.shuffle(paths)
open(f"{w}/paths.txt", "w").write("\n".join(paths) + "\n")
open(f"{w}/story-paths.txt", "w").write("\n".join(f"/stories/{q(i, safe='')}" for i in big) + "\n")
print(f"stories: {len(stories)}, {len(big)} of 10+ articles ({sum(s['articles'] for s in stories if s['articles'] >= 10)} articles)")
print(f"mix: {len(paths)} paths ({sum(p.startswith('/stories/') and not p.endswith('.atom') for p in paths)} story pages, "
      f"{sum(p.startswith('/?') for p in paths)} front pages, {sum(p.startswith('/api') for p in paths)} API, "
      f"{sum('search' in p for p in paths)} search)")
PYEOF
cat > "$W/mixed.lua" <<'LUAEOF'
local paths = {}
for line in io.lines(os.getenv("PATHS")) do if #line > 0 then paths[#paths + 1] = line end end
math.randomseed(os.time() + math.floor(os.clock() * 1000000))
request = function() return wrk.format("GET", paths[math.random(#paths)]) end
LUAEOF

# Story pages of the stories of 10+ articles straight from the store: each once, nothing cached,
# one client (half as pages, half through the API).
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "$B" "$W/story-paths.txt" <<'PYEOF'
import sys, time, urllib.request
base, paths = sys.argv[1], [l.strip() for l in open(sys.argv[2]) if l.strip()]
def timed(path):
    t = time.perf_counter(); urllib.request.urlopen(base + path).read(); return (time.perf_counter() - t) * 1000
anchor = sorted(timed("/healthz") for _ in range(200))
# Half the stories as pages, the other half through the API: every request is a first one.
cold = sorted(timed(p) for p in paths[0::2])
api = sorted(timed(p.replace("/stories/", "/api/v1/stories/")) for p in paths[1::2])
pct = lambda xs, p: xs[min(len(xs) - 1, int(len(xs) * p))]
print(f"bench story page of 10+ articles, from the store (cold, {len(cold)} + {len(api)} stories): p50 {pct(cold, .5):.1f} ms, p99 {pct(cold, .99):.1f} ms;"
      f" API brief p50 {pct(api, .5):.1f} ms; anchor /healthz p50 {pct(anchor, .5):.2f} ms")
PYEOF

# Articles posted while the load runs: 30 posts of 10 lines.
(
  split -l 10 -d "$W/posted.jsonl" "$W/post-"
  for f in "$W"/post-*; do
    curl -s -X POST "$B/api/v1/articles" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/x-ndjson' \
      --data-binary @"$f" >> "$W/posts.jsonl"; echo >> "$W/posts.jsonl"
    sleep $((DURATION / 40 + 1))
  done
) & POSTER=$!
rm -f "$W/posts.jsonl"
before=$(curl -s "$B/metrics" | awk '/^newsdesk_articles /{print $2}')
PATHS=$W/paths.txt wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s --latency -s "$W/mixed.lua" "$B" | tee "$W/wrk.txt"
wait $POSTER
rm -f "$W"/post-*
after=$(curl -s "$B/metrics" | awk '/^newsdesk_articles /{print $2}')
python3 - "$W/posts.jsonl" "$before" "$after" <<'PYEOF'
import json, sys
reports = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
new = sum(r.get("new", 0) for r in reports); read = sum(r.get("read", 0) for r in reports)
before, after = int(sys.argv[2]), int(sys.argv[3])
errors = [r for r in reports if "error" in r]
print(f"ingest during load: {len(reports)} posts, {read} articles read, {new} new, store {before} -> {after} "
      f"({'nothing lost' if after - before == new and not errors else 'MISMATCH'}), {len(errors)} failed posts")
PYEOF
echo "server RSS: $(awk '/VmRSS/{print $2" "$3}' /proc/$SERVER/status), peak $(awk '/VmHWM/{print $2" "$3}' /proc/$SERVER/status)"
curl -s "$B/metrics" | python3 -c '
import re, sys, collections
status, total, count = collections.Counter(), collections.Counter(), collections.Counter()
buckets = collections.defaultdict(list)
for line in sys.stdin:
    m = re.match(r"newsdesk_http_requests_total\{route=\"(.*)\",status=\"(\d+)\"\} (\d+)", line)
    if m: status[m[2]] += int(m[3])
    m = re.match(r"newsdesk_http_request_duration_seconds_(sum|count)\{route=\"(.*)\"\} ([0-9.e+-]+)", line)
    if m: (total if m[1] == "sum" else count)[m[2]] += float(m[3])
    m = re.match(r"newsdesk_http_request_duration_seconds_bucket\{route=\"(.*)\",le=\"([^\"]+)\"\} (\d+)", line)
    if m: buckets[m[1]].append((float("inf") if m[2] == "+Inf" else float(m[2]), int(m[3])))
def p99(route):  # the bucket bound under which 99% of the answers of a route fall
    n = count[route]
    return next((le for le, c in buckets[route] if c >= 0.99 * n), float("inf"))
print("server answers by status: " + ", ".join(f"{k}: {v}" for k, v in sorted(status.items())))
print("time in the server per request (mean): " + ", ".join(
    f"{r} {1000 * total[r] / count[r]:.1f} ms (p99 <= {1000 * p99(r):g} ms)" for r in sorted(count, key=lambda r: -count[r])[:8]))'
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
