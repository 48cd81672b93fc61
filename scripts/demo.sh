#!/usr/bin/env bash
# The main job on the built-in example desk (examples/desk: invented articles from many outlets
# on several stories, as web pages, feeds, a web archive, text and JSON lines): build newsdesk,
# ingest the pile into a store, list the stories, print the biggest story's brief in Markdown
# and write a digest (one HTML page per story). Re-running it adds nothing to the store.
#   scripts/demo.sh
# Where things go: $DEMO_DIR (default target/): example-desk.db and desk-digest/.
# $NEWSDESK names a built binary to use instead of building one (the end-to-end test does this).
set -euo pipefail
cd "$(dirname "$0")/.."
out=${DEMO_DIR:-target}
if [ -z "${NEWSDESK:-}" ]; then
  cargo build --release -p newsdesk-cli
  NEWSDESK=target/release/newsdesk
fi
mkdir -p "$out"
db=$out/example-desk.db

echo "== newsdesk ingest examples/desk --db $db"
"$NEWSDESK" ingest examples/desk --db "$db"

echo
echo "== newsdesk stories --db $db"
"$NEWSDESK" stories --db "$db"

# The story with the most articles (the second column of `stories`).
story=$("$NEWSDESK" stories --db "$db" | awk '$2 + 0 > most { most = $2 + 0; id = $1 } END { print id }')
echo
echo "== newsdesk brief --story $story --db $db --format markdown"
"$NEWSDESK" brief --story "$story" --db "$db" --format markdown

echo
echo "== newsdesk digest examples/desk --out $out/desk-digest"
"$NEWSDESK" digest examples/desk --out "$out/desk-digest"
echo "digest written: $out/desk-digest/index.html"
