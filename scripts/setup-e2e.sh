#!/usr/bin/env bash
# Prepares the e2e tier (tests/e2e): npm when Node.js came without it, then playwright-core exactly as
# pinned in tests/e2e/package-lock.json. The browser is Debian's chromium (scripts/extra-packages.txt);
# nothing downloads one. Quiet when everything is in place.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v npm >/dev/null 2>&1; then
  echo "camtrack: installing npm (Debian package)" >&2
  sudo_cmd=()
  [[ $(id -u) -ne 0 ]] && sudo_cmd=(sudo)
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends npm >/dev/null
fi

lock=tests/e2e/package-lock.json
stamp=tests/e2e/node_modules/.camtrack-lock
if [[ ! -f $stamp ]] || ! cmp -s "$lock" "$stamp"; then
  echo "camtrack: npm ci in tests/e2e (playwright-core)" >&2
  (cd tests/e2e && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
  cp "$lock" "$stamp"
fi
