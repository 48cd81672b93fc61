#!/usr/bin/env bash
# Creates (once) the Python environment the summary benchmarks and the ROUGE agreement test
# use: target/pyenv with rouge-score (the reference scorer) and sumy (LexRank, TextRank).
# Prints the environment's python path. Exit 3 when python3 -m venv or pip is unavailable.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
env="${NEWSDESK_PYENV:-$root/target/pyenv}"
if [ ! -x "$env/bin/python" ] || ! "$env/bin/python" -c "import rouge_score, sumy" 2>/dev/null; then
    mkdir -p "$(dirname "$env")"
    python3 -m venv "$env" >&2 || exit 3
    "$env/bin/python" -m pip install --quiet --disable-pip-version-check rouge-score sumy >&2 || exit 3
fi
echo "$env/bin/python"
