#!/usr/bin/env bash
# Builds actorgraph with AddressSanitizer and UndefinedBehaviorSanitizer and runs the whole test
# suite under them; any sanitizer report stops the test that caused it and fails the run.
#
# Usage: scripts/sanitize.sh            (build dir: build-asan; ACTORGRAPH_BUILD_DIR=dir overrides)
# With clang installed the build uses it (its UBSan checks more) and also builds the fuzz targets,
# so that scripts/fuzz.sh can reuse this build: ACTORGRAPH_BUILD_DIR=build-asan scripts/fuzz.sh 20
# Tests labelled "shared" read ../shared and run only when it is there.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${ACTORGRAPH_BUILD_DIR:-build-asan}
jobs=$(nproc 2>/dev/null || echo 2)

# -O1 -g1: quick to compile, fast enough to run, line numbers in reports (scripts/fuzz.sh uses the same).
config=(-DCMAKE_BUILD_TYPE=RelWithDebInfo "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -g1" -DACTORGRAPH_SANITIZE=ON -DACTORGRAPH_BENCH=OFF)
if command -v clang++ >/dev/null; then
  config+=(-DCMAKE_CXX_COMPILER=clang++ -DACTORGRAPH_FUZZ=ON)
fi
cmake -S . -B "$build" "${config[@]}" >/dev/null
cmake --build "$build" -j "$jobs"

# halt_on_error: the first report ends the process (UBSan is also built without recovery).
export ASAN_OPTIONS=${ASAN_OPTIONS:-halt_on_error=1:detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
# The 100 MB input of robustness_huge_file_no_newline at 16 MB: the same code paths, in minutes
# less (AddressSanitizer runs it ten times slower).
export ACTORGRAPH_BIG_MB=${ACTORGRAPH_BIG_MB:-16}
# Caches that fontconfig, GLib and GraphViz keep until exit are not leaks (see the file).
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/cmake/lsan-suppressions.txt:print_suppressions=0}
labels=()
if [ ! -d ../shared ]; then
  echo "../shared not found: skipping the tests labelled 'shared'"
  labels=(-LE shared)
fi
ctest --test-dir "$build" --output-on-failure -j "$jobs" "${labels[@]}"
