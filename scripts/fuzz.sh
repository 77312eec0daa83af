#!/usr/bin/env bash
# A bounded fuzz run of every parser entry point (fuzz/fuzz_targets/): installs cargo-fuzz if
# missing, seeds fuzz/corpus/ from the fixtures, builds, then runs each target for FUZZ_SECONDS
# (default 60). Exits non-zero when any target crashes, times out (an input slower than 10 s) or
# runs out of memory (2 GiB), and prints the artifact to reproduce it with:
#   RUSTC_BOOTSTRAP=1 cargo fuzz run <target> <artifact>   (in fuzz/)
# Usage: scripts/fuzz.sh [target...]   (FUZZ_SECONDS=10 scripts/fuzz.sh explain)
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '[fuzz] %s\n' "$*"; }
seconds=${FUZZ_SECONDS:-60}

# cargo-fuzz passes nightly-only -Z flags to rustc; only the stable toolchain is available here,
# and RUSTC_BOOTSTRAP=1 lets stable accept them.
export RUSTC_BOOTSTRAP=1

if ! command -v cargo-fuzz >/dev/null; then
  say "installing cargo-fuzz (about 2 minutes)"
  cargo install cargo-fuzz --locked || cargo install cargo-fuzz
fi

node fuzz/seed.mjs

# Build flags, the same for build and run (a different set would rebuild). cargo-fuzz's defaults,
# release with debug assertions and AddressSanitizer, fit CI: 8 min of CPU from scratch on 2 cores
# (12 min wall on a loaded machine), then 25-110 inputs/s per target. ASan is worth its cost here:
# oxc's arena allocator and the parsers use unsafe code; debug assertions catch overflows. `-O`
# (no debug assertions) or `--sanitizer none` would build a little faster and run more inputs,
# but miss those errors. FUZZ_BUILD_FLAGS overrides the flags.
build_flags=(${FUZZ_BUILD_FLAGS:-})

cd fuzz
if [ $# -gt 0 ]; then targets=("$@"); else mapfile -t targets < <(cargo fuzz list); fi
start=$(date +%s)
say "building ${#targets[@]} targets"
cargo fuzz build "${build_flags[@]}"
say "built in $(( $(date +%s) - start )) s; running each target for ${seconds} s"

failed=()
for t in "${targets[@]}"; do
  say "$t"
  mkdir -p "corpus/$t" "artifacts/$t"
  if ! cargo fuzz run "${build_flags[@]}" "$t" "corpus/$t" -- \
      -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 \
      2> "artifacts/$t/log.txt"; then
    failed+=("$t")
    grep -E '^(==[0-9]+==|SUMMARY|thread .* panicked|ALARM|artifact_prefix|Test unit written)' \
      "artifacts/$t/log.txt" | head -20 >&2 || true
    tail -5 "artifacts/$t/log.txt" >&2
    for a in "artifacts/$t"/crash-* "artifacts/$t"/timeout-* "artifacts/$t"/oom-* "artifacts/$t"/leak-*; do
      [ -e "$a" ] && say "FAILED $t: fuzz/$a"
    done
  fi
  grep -E '^stat::(number_of_executed_units|peak_rss_mb)' "artifacts/$t/log.txt" | sed "s/^/[fuzz] $t /" || true
done
say "done in $(( $(date +%s) - start )) s"
if [ ${#failed[@]} -gt 0 ]; then
  say "targets with a crash, timeout or OOM: ${failed[*]} (artifacts under fuzz/artifacts/)"
  exit 1
fi
