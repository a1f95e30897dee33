#!/usr/bin/env bash
# judge verify cold (a fresh data directory: nothing built, no test set)
# of the first round's 61 packages, or of the ids given, with where the
# time went, phase by phase (issue 14, goal 3: a cold run of the 61 on 2
# cores). The harness is built first, outside the timing.
#
#   bench/verify-cold.sh [ID...]
#   JUDGE=path/to/judge bench/verify-cold.sh
set -euo pipefail
cd "$(dirname "$0")/.."
judge=${JUDGE:-target/release/judge}
ids=("$@")
if [ ${#ids[@]} -eq 0 ]; then
  ids=(lc-10 lc-102 lc-104 lc-11 lc-1143 lc-121 lc-125 lc-133 lc-139 lc-141
    lc-142 lc-15 lc-153 lc-167 lc-198 lc-200 lc-202 lc-207 lc-215 lc-23
    lc-236 lc-239 lc-253 lc-26 lc-287 lc-295 lc-297 lc-3 lc-300 lc-322
    lc-323 lc-33 lc-347 lc-39 lc-4 lc-417 lc-42 lc-424 lc-435 lc-46 lc-496
    lc-51 lc-56 lc-560 lc-567 lc-57 lc-621 lc-70 lc-703 lc-704 lc-72 lc-739
    lc-76 lc-78 lc-79 lc-84 lc-875 lc-876 lc-973 lc-98 lc-981)
fi
export JUDGE_HOME=$(mktemp -d)
export JUDGE_CACHE=$JUDGE_HOME/cache
trap 'rm -rf "$JUDGE_HOME"' EXIT
"$judge" doctor > /dev/null 2>&1 || true
t0=$(date +%s.%N)
"$judge" --color never verify --timings "${ids[@]}" | sed -n '/^where the time went/,$p'
t1=$(date +%s.%N)
awk -v a="$t0" -v b="$t1" -v n="${#ids[@]}" 'BEGIN {
  printf "%d packages verified cold in %.0f s wall\n", n, b - a
}'
