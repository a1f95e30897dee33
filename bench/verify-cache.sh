#!/usr/bin/env bash
# judge verify, cold and then again with nothing changed, side by side in
# one run (issue 14, goal 3): prints both wall times and their ratio.
#
#   bench/verify-cache.sh [ID...]      (default: ten packages)
#   JUDGE=path/to/judge bench/verify-cache.sh
set -euo pipefail
cd "$(dirname "$0")/.."
judge=${JUDGE:-target/release/judge}
ids=("$@")
if [ ${#ids[@]} -eq 0 ]; then
  ids=(lc-1 lc-15 lc-20 lc-42 lc-70 lc-121 lc-200 lc-207 lc-322 lc-704)
fi
export JUDGE_HOME=$(mktemp -d)
trap 'rm -rf "$JUDGE_HOME"' EXIT
# The harness and the toolchain probe are built once, outside the timing.
"$judge" doctor > /dev/null 2>&1 || true
t0=$(date +%s.%N)
"$judge" --color never verify "${ids[@]}" > /dev/null
t1=$(date +%s.%N)
"$judge" --color never verify "${ids[@]}" | tail -1
t2=$(date +%s.%N)
awk -v a="$t0" -v b="$t1" -v c="$t2" -v n="${#ids[@]}" 'BEGIN {
  cold = b - a; warm = c - b;
  printf "%d packages: cold %.1f s, unchanged re-run %.2f s, ratio %.3f\n", n, cold, warm, warm / cold
}'
