#!/usr/bin/env bash
# Installs, with apt-get, exactly the Debian packages camtrack's build and tests need that are missing.
# Idempotent and quiet when nothing is missing. Usage: scripts/install-deps.sh [build|test|all]
set -euo pipefail

tier=${1:-all}

build_packages=(
  cmake ninja-build g++ pkg-config
  gsoap libgsoap-dev libssl-dev zlib1g-dev
  libboost-dev libsqlite3-dev libspdlog-dev libfmt-dev libcurl4-openssl-dev libpoco-dev
  nlohmann-json3-dev libcli11-dev libhowardhinnant-date-dev libsodium-dev libtomlplusplus-dev
  libkainjow-mustache-dev libcairo2-dev libpango1.0-dev fonts-liberation2 libturbojpeg0-dev
)
test_packages=(
  libgtest-dev libgmock-dev libbenchmark-dev sqlite3 python3 curl
)
extra_file=$(dirname "$0")/extra-packages.txt   # packages added by later modules, one per line

wanted=("${build_packages[@]}")
if [[ $tier == test || $tier == all ]]; then
  wanted+=("${test_packages[@]}")
  if [[ -f $extra_file ]]; then
    while read -r line; do
      line=${line%%#*}; line=${line// /}
      [[ -n $line ]] && wanted+=("$line")
    done <"$extra_file"
  fi
fi

missing=()
for p in "${wanted[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ $status == "install ok installed" ]] || missing+=("$p")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

echo "camtrack: installing ${#missing[@]} Debian package(s): ${missing[*]}" >&2
sudo_cmd=()
[[ $(id -u) -ne 0 ]] && sudo_cmd=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
