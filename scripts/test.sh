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
cargo test --release --locked --workspace
