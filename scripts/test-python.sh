#!/usr/bin/env bash
# The Python package's tests: a virtualenv with the pinned test requirements (the real openai,
# anthropic, litellm and httpx whose exceptions explain reads), the wheel built from python/ by
# maturin and installed into it the way a user gets it, then pytest. The CLI parity test compares
# with the npm CLI, so the npm build (dist/) must exist: scripts/test.sh runs this after it.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=.venv-py
[ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
echo "[test-python] pip install -r python/requirements-test.txt"
"$VENV/bin/pip" install -q --disable-pip-version-check -r python/requirements-test.txt
echo "[test-python] cargo fmt and clippy (python/)"
cargo fmt --manifest-path python/Cargo.toml --check
cargo clippy --manifest-path python/Cargo.toml -- -D warnings
echo "[test-python] maturin build (debug profile) and install the wheel"
rm -rf python/target/wheels
(cd python && "../$VENV/bin/maturin" build --profile dev -o target/wheels)
"$VENV/bin/pip" install -q --disable-pip-version-check --force-reinstall --no-deps python/target/wheels/*.whl
echo "[test-python] pytest"
# From the repository root, so that python/credcheck (the sources, without the extension) does
# not shadow the installed package.
LITELLM_LOCAL_MODEL_COST_MAP=True "$VENV/bin/python" -m pytest -q -p no:cacheprovider python/tests
