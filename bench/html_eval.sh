#!/usr/bin/env bash
# html-dev main-text F1 of `newsdesk clean` (text = the article's sentences, joined).
# Usage: bench/html_eval.sh [PAGES_DIR] [SNIPPETS] [--per-page]
# Defaults to ../shared/data/html-dev. Prints the scorer's lines; the last one is
#   html-dev: F1 x.xxx P x.xxx R x.xxx acc x.xxx pages N
# With HALVES=1 it also scores the two halves of bench/html_split.py (pages split with a fixed
# seed: the first half for anything trained on html-dev, the second held out) on separate lines.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
data="$here/../shared/data/html-dev"
pages="${1:-$data/pages}"
snippets="${2:-$data/snippets.jsonl}"
shift $(( $# > 2 ? 2 : $# )) || true
bin="$here/target/release/newsdesk"
[ -x "$bin" ] || (cd "$here" && cargo build --release -p newsdesk-cli >&2)
out="$here/target/html-eval"
mkdir -p "$out"
# Exit status 2 is expected when some page has no main text; the pages are still scored.
"$bin" clean "$pages" > "$out/clean.jsonl" 2> "$out/clean.stderr" || true
python3 - "$out/clean.jsonl" > "$out/pred.jsonl" <<'PY'
import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    a = json.loads(line)
    print(json.dumps({"id": a["id"], "text": "\n".join(a["sentences"])}, ensure_ascii=False))
PY
python3 "$here/../shared/tools/eval_html.py" "$snippets" "$out/pred.jsonl" "$@"
if [ "${HALVES:-0}" = 1 ]; then
    for half in train test; do
        python3 "$here/bench/html_split.py" "$snippets" "$half" > "$out/snippets-$half.jsonl"
        printf '%s half: ' "$half"
        python3 "$here/../shared/tools/eval_html.py" "$out/snippets-$half.jsonl" "$out/pred.jsonl" 2>/dev/null | tail -1
    done
fi
