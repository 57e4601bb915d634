#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, with ASan and UBSan) and runs each for SECONDS (default 30)
# on a scratch copy of its seed corpus (tests/fuzz/<target>/). Prints the executions per target;
# exits non-zero if any target crashed, leaked, hung (over 30 s on one input) or ran out of memory.
#
# Usage: scripts/fuzz.sh [SECONDS] [TARGET...]   targets: rule_loader jsonl_reader extractor graph_loader
# Build dir: build-fuzz (ACTORGRAPH_BUILD_DIR=dir overrides; build-asan from scripts/sanitize.sh
# has the same configuration, so pointing at it builds nothing twice). Crash inputs are written to
# <build>/fuzz-artifacts/; keep one as a regression by copying it into tests/fuzz/<target>/ under a
# name that says what it pins: the normal test run replays every file there.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-30}
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then targets=(rule_loader jsonl_reader extractor graph_loader); fi
build=${ACTORGRAPH_BUILD_DIR:-build-fuzz}
jobs=$(nproc 2>/dev/null || echo 2)

if ! command -v clang++ >/dev/null; then
  echo "fuzz.sh: clang++ not found (Debian packages: clang libclang-rt-dev)" >&2
  exit 2
fi
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -g1" -DCMAKE_CXX_COMPILER=clang++ \
  -DACTORGRAPH_SANITIZE=ON -DACTORGRAPH_FUZZ=ON -DACTORGRAPH_BENCH=OFF >/dev/null
cmake --build "$build" -j "$jobs" --target "${targets[@]/#/fuzz_}"

artifacts="$build/fuzz-artifacts"
mkdir -p "$artifacts"
failed=()
total=0
for target in "${targets[@]}"; do
  corpus="$build/fuzz-corpus/$target"
  rm -rf "$corpus"
  mkdir -p "$corpus"
  cp tests/fuzz/"$target"/* "$corpus"/
  max_len=4096
  if [ "$target" = extractor ]; then max_len=16384; fi  # past the segmenter's 4096-byte sentence cut
  log="$build/fuzz-$target.log"
  status=0
  "$build/tests/fuzz/fuzz_$target" -max_total_time="$seconds" -timeout=30 -rss_limit_mb=2048 \
    -max_len="$max_len" -print_final_stats=1 -artifact_prefix="$artifacts/$target-" "$corpus" >"$log" 2>&1 || status=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  total=$((total + ${runs:-0}))
  if [ "$status" -ne 0 ]; then
    failed+=("$target")
    printf '%-14s FAILED after %s executions (exit %s); log: %s\n' "$target" "${runs:-?}" "$status" "$log"
    grep -E '^(==[0-9]+==ERROR|SUMMARY|.*runtime error|.*invariant failed|artifact_prefix)' "$log" | head -5 || true
  else
    printf '%-14s %10s executions in %s s, no crash\n' "$target" "$runs" "$seconds"
  fi
done
echo "total: $total executions"
if [ ${#failed[@]} -ne 0 ]; then
  echo "crashed: ${failed[*]} (inputs in $artifacts/)" >&2
  exit 1
fi
