#!/usr/bin/env bash
# Runs camtrack's demo from a clean clone: installs missing Debian packages, builds the release binary,
# then starts `camtrack demo` (simulated site, SQLite under ./var, web UI on http://127.0.0.1:8080).
# Extra arguments go to `camtrack demo`, e.g. scripts/demo.sh --admin-password secret
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh build
# Warnings are errors in CI (scripts/test.sh), not here: a newer compiler's warning must not stop a demo.
cmake --preset release -DCAMTRACK_BUILD_TESTS=OFF -DCAMTRACK_BUILD_BENCH=OFF -DCAMTRACK_WERROR=OFF >/dev/null
cmake --build build/release --target camtrack -j"$(nproc)"
exec build/release/app/camtrack demo "$@"
