#!/usr/bin/env bash
# Determinism: grades each file RUNS times (default 10) with a fresh test
# preparation only once, and prints how often each verdict came out. Run it
# while the machine is loaded (e.g. `while :; do cargo build; touch src/main.rs; done`
# in another shell) to see that verdicts do not depend on load.
#
#   bench/repeat.sh [RUNS]          the flaky classes of issue 11
#   JUDGE=path/to/judge bench/repeat.sh
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}
judge=${JUDGE:-target/release/judge}
export JUDGE_HOME=${JUDGE_HOME:-$(mktemp -d)}
# problem  file  what it stands for
cases=(
  "lc-1 problems/lc-1/accepted/pairwise_quadratic.rs quadratic-at-n=10^4"
  "lc-3 problems/lc-3/accepted/restart_after_repeat.rs slowest-accepted-near-old-limit"
  "lc-72 problems/lc-72/accepted/memo_hashmap_topdown.rs hashmap-memo-500x500"
  "lc-1143 problems/lc-1143/accepted/memo_hashmap_prefixes.rs hashmap-memo-recursion"
  "lc-347 tests/fixtures/paste/lc-347_any_order.rs hashmap-order-dependent"
  "lc-49 problems/lc-49/accepted/btreemap_string_key.rs allocation-heavy"
  "lc-1448 tests/fixtures/paste/lc-1448_trait_impl.rs recursion-10^5-deep"
  "lc-215 tests/fixtures/paste/lc-215_rand_quickselect.rs rand"
  "lc-704 tests/fixtures/paste/lc-704_reserve_untouched.rs reserves-400MB"
  "lc-236 problems/lc-236/accepted/new_node_with_the_value.rs new-node-same-value"
  "lc-704 tests/fixtures/lc-704/ole_flood_stdout.rs stdout-flood"
  "lc-50 problems/lc-50/wrong/re_negate_recursion.rs runaway-recursion"
  "lc-15 problems/lc-15/wrong/tle_cubic.rs too-slow"
)
printf '%-8s %-34s %s\n' problem class "verdicts over $runs runs"
for c in "${cases[@]}"; do
  read -r id file what <<<"$c"
  verdicts=()
  for _ in $(seq "$runs"); do
    # grade exits 1 on a rejection: that is a result here, not an error.
    v=$({ "$judge" --problems problems grade --format json --problem "$id" "$file" 2>/dev/null || true; } |
      sed -n 's/.*"verdict": *"\([A-Z]*\)".*/\1/p' | head -1)
    verdicts+=("${v:-?}")
  done
  summary=$(printf '%s\n' "${verdicts[@]}" | sort | uniq -c | awk '{printf "%s %s/'"$runs"'  ", $2, $1}')
  printf '%-8s %-34s %s\n' "$id" "$what" "$summary"
done
