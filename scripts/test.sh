#!/usr/bin/env bash
# The whole test suite from a clean clone: installs missing Debian packages, builds with ASan+UBSan and
# warnings as errors, runs every ctest tier. Usage: scripts/test.sh [ctest args, e.g. -L unit]
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== camtrack tests: dependencies" >&2
scripts/install-deps.sh all
if [[ -x scripts/setup-test-peers.sh ]]; then scripts/setup-test-peers.sh; fi
scripts/setup-e2e.sh

echo "== camtrack tests: configure and build (build/ci)" >&2
cmake --preset ci >/dev/null
cmake --build build/ci -j"$(nproc)"

echo "== camtrack tests: run" >&2
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
ctest --test-dir build/ci --output-on-failure -j"$(nproc)" "$@"
