#!/usr/bin/env bash
# Installs what the browser tests of newsdesk-serve need (Debian's chromium and chromium-driver)
# when they are missing. Without root or apt the tests print SKIP instead of failing; this
# script then only warns.
set -uo pipefail
if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "setup-browser: chromium/chromedriver missing and apt-get unavailable (not root?); browser tests will SKIP" >&2
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
if ! apt-get install -y --no-install-recommends chromium chromium-driver >/dev/null 2>&1; then
  apt-get update >/dev/null 2>&1 || true
  apt-get install -y --no-install-recommends chromium chromium-driver >/dev/null 2>&1 ||
    echo "setup-browser: could not install chromium chromium-driver; browser tests will SKIP" >&2
fi
command -v chromedriver >/dev/null 2>&1 && echo "setup-browser: $(chromedriver --version 2>/dev/null | head -1)"
exit 0
