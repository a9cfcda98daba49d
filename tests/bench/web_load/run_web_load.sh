#!/bin/sh
# Load benchmark of the web side: seeds a site (100,000 incidents, 500 cameras) through the real stores,
# starts `camtrack serve` on it, signs in as an officer and runs wrk with 50 connections against the
# incident list, the dashboard API and the dashboard page. Prints wrk's latency distribution.
#   usage: tests/bench/web_load/run_web_load.sh [BUILD_DIR (default build/rel)] [DURATION (default 30s)]
set -eu
build=${1:-build/rel}
duration=${2:-30s}
work=$(mktemp -d)
port=18480
trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT INT TERM

if [ -n "${CAMTRACK_BENCH_DB:-}" ] && [ -f "$CAMTRACK_BENCH_DB" ]; then
  cp "$CAMTRACK_BENCH_DB" "$work/site.db"
else
  time "$build/tests/bench/web_load/seed_web_load" --db "$work/site.db" --incidents 100000 --cameras 500 --active 300
fi
CAMTRACK_PASSWORD='bench officer password' "$build/app/camtrack" user add bench.officer --role officer \
  --db "$work/site.db" >/dev/null
cat >"$work/camtrack.toml" <<TOML
[database]
path = "$work/site.db"
[secrets]
key_file = "$work/secret.key"
[smtp]
mail_dir = "$work/mail"
[web]
listen = "127.0.0.1:$port"
[log]
level = "warn"
[monitor]
# The seeded cameras point at closed loopback ports: polling them would open incidents (and render
# letters) during the measurement. The benchmark measures the web side on a fixed history.
enabled = false
TOML
"$build/app/camtrack" serve --config "$work/camtrack.toml" >"$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 1 100); do
  curl -fs "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break
  sleep 0.2
done
cookie=$(curl -fs -D - -o /dev/null -H 'Content-Type: application/json' \
  -d '{"username":"bench.officer","password":"bench officer password"}' \
  "http://127.0.0.1:$port/api/v1/login" | sed -n 's/^[Ss]et-[Cc]ookie: \(camtrack_session=[^;]*\).*/\1/p')
[ -n "$cookie" ] || { echo "login failed"; cat "$work/serve.log"; exit 1; }
export CAMTRACK_COOKIE="$cookie"
script=$(dirname "$0")/session.lua
for target in "/api/v1/incidents?state=notified" "/api/v1/incidents" "/api/v1/dashboard" "/" "/incidents" "/incidents?state=notified&camera=CAM-0042"; do
  echo "=== GET $target"
  curl -s -o /dev/null -w "status %{http_code}, %{size_download} bytes\n" -H "Cookie: $cookie" \
    "http://127.0.0.1:$port$target"
  wrk -t2 -c50 -d"$duration" --latency -s "$script" "http://127.0.0.1:$port$target"
done
