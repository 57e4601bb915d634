#!/usr/bin/env bash
# Builds actorgraph and runs the whole test suite (the README's second command).
# Tests labelled "shared" read ../shared and run only when it is there.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc 2>/dev/null || echo 2)
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j "$jobs"
if [ -d ../shared ]; then
  ctest --test-dir build --output-on-failure -j "$jobs"
else
  echo "../shared not found: skipping the tests labelled 'shared'"
  ctest --test-dir build --output-on-failure -j "$jobs" -LE shared
fi
