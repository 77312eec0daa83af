#!/usr/bin/env bash
# Every test: set-up and build, formatting, lints, Rust tests, the TypeScript types, and the
# Node tests against the built package.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh
echo "[test] cargo fmt --check"
cargo fmt --check
echo "[test] cargo clippy (native; wasm32 full, startup and lint builds)"
cargo clippy --all-targets --features lint -- -D warnings
cargo clippy --lib --target wasm32-unknown-unknown -- -D warnings
cargo clippy --lib --target wasm32-unknown-unknown --no-default-features -- -D warnings
cargo clippy --lib --target wasm32-unknown-unknown --features lint-only -- -D warnings
echo "[test] cargo test (with the source lint)"
cargo test --features lint
echo "[test] tsc --noEmit on the API types as users import them"
node node_modules/typescript/bin/tsc -p tests/types/tsconfig.json
node node_modules/typescript/bin/tsc -p tests/types/tsconfig.workerd.json
echo "[test] node --test"
node --test tests/*.test.mjs
echo "[test] the Python package (scripts/test-python.sh)"
bash scripts/test-python.sh
