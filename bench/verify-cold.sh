#!/usr/bin/env bash
# judge verify cold (a fresh data directory: nothing built, no test set)
# of the first round's 61 packages, or of the ids given, with where the
# time went, phase by phase (issue 14, goal 3: a cold run of the 61 on 2
# cores). The harness is built first, outside the timing.
#
#   bench/verify-cold.sh [ID...]
#   JUDGE=path/to/judge bench/verify-cold.sh
#
# Before and after a change, side by side: BEFORE=path/to/old/judge runs
# the old and the new judge in turns, ROUNDS times each (default 2), and
# prints each one's wall times and the ratio of the medians (new / old).
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

# One cold run of judge $1: its phases, then "wall <seconds>".
cold() {
  local home
  home=$(mktemp -d)
  JUDGE_HOME=$home JUDGE_CACHE=$home/cache "$1" doctor > /dev/null 2>&1 || true
  local t0 t1
  t0=$(date +%s.%N)
  JUDGE_HOME=$home JUDGE_CACHE=$home/cache "$1" --color never verify --timings "${ids[@]}" \
    | sed -n '/^where the time went/,$p'
  t1=$(date +%s.%N)
  rm -rf "$home"
  awk -v a="$t0" -v b="$t1" 'BEGIN { printf "wall %.1f\n", b - a }'
}

if [ -z "${BEFORE:-}" ]; then
  out=$(cold "$judge")
  echo "$out" | grep -v '^wall '
  echo "$out" | awk -v n="${#ids[@]}" '/^wall / { printf "%d packages verified cold in %.0f s wall\n", n, $2 }'
  exit 0
fi

rounds=${ROUNDS:-2}
walls_old=()
walls_new=()
for r in $(seq "$rounds"); do
  for side in old new; do
    bin=$judge
    [ "$side" = old ] && bin=$BEFORE
    out=$(cold "$bin")
    echo "== round $r, $side ($bin)"
    echo "$out"
    w=$(echo "$out" | awk '/^wall / { print $2 }')
    if [ "$side" = old ]; then walls_old+=("$w"); else walls_new+=("$w"); fi
  done
done
python3 - "${walls_old[*]}" "${walls_new[*]}" "${#ids[@]}" <<'PY'
import statistics, sys
old = [float(x) for x in sys.argv[1].split()]
new = [float(x) for x in sys.argv[2].split()]
n = sys.argv[3]
print(f"{n} packages verified cold, in turns:")
print(f"  old: {', '.join(f'{w:.0f} s' for w in old)} (median {statistics.median(old):.0f} s)")
print(f"  new: {', '.join(f'{w:.0f} s' for w in new)} (median {statistics.median(new):.0f} s)")
print(f"  new / old: {statistics.median(new) / statistics.median(old):.2f}")
PY
