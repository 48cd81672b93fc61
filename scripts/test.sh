#!/usr/bin/env bash
# The whole test suite: formatting, lints, unit + end-to-end tests (the shared gold checks run
# when ../shared exists and are reported as skipped otherwise).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo fmt --all -- --check
cargo clippy --release --all-targets --locked -- -D warnings
cargo test --release --locked --workspace
