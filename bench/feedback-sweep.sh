#!/usr/bin/env bash
# The feedback proof of issue 12, repeated: `judge verify --feedback`
# over the packages RUNS times (default 3), then per solution the measured
# class of every run and how many runs agree, and each wa_ solution's
# counterexample. Run it while the machine is loaded.
#
#   bench/feedback-sweep.sh [RUNS] [ID...]   (default: all packages)
#   JUDGE=path/to/judge bench/feedback-sweep.sh 10 lc-1 lc-15
#   SWEEP_KEEP=DIR keeps the runs' whole outputs there
set -euo pipefail
cd "$(dirname "$0")/.."
judge=${JUDGE:-target/release/judge}
runs=${1:-3}
shift || true
export JUDGE_HOME=${JUDGE_HOME:-$(mktemp -d)}
out=$(mktemp -d)
for r in $(seq 1 "$runs"); do
  "$judge" --color never verify --feedback --force "$@" > "$out/run-$r.txt" || true
done
# One row per solution: its class in each run.
awk '
  /^lc-/ { pkg = $1 }
  /growth: / {
    line = $0; sub(/.*growth: /, "", line)
    split(line, w, " "); file = w[1]
    rest = substr(line, length(file) + 2)
    class = rest; sub(/ \(exponent.*/, "", class)
    verdict = line; sub(/.*: /, "", verdict)
    key = pkg " " file
    if (!(key in seen)) { order[++n] = key; seen[key] = 1 }
    classes[key] = classes[key] (classes[key] == "" ? "" : ", ") class
    last[key] = verdict
    if (!((key, class) in counted)) { counted[key, class] = 1; kinds[key]++ }
  }
  END {
    printf "%-8s %-44s %-16s %s\n", "problem", "solution", "agree", "classes per run; last comparison"
    for (i = 1; i <= n; i++) {
      k = order[i]; split(k, p, " ")
      printf "%-8s %-44s %-16s %s; %s\n", p[1], p[2], (kinds[k] == 1 ? "same every run" : kinds[k] " classes"), classes[k], last[k]
    }
  }' "$out"/run-*.txt
echo
grep -h "counterexample:" "$out/run-1.txt" | sed 's/^ *//'
echo
grep -h "✗" "$out"/run-*.txt | sort | uniq -c | sed 's/^ *//' || echo "no failures"
# SWEEP_KEEP=DIR keeps each run's whole verify output (exponents included).
if [ -n "${SWEEP_KEEP:-}" ]; then mkdir -p "$SWEEP_KEEP" && cp "$out"/run-*.txt "$SWEEP_KEEP"/; fi
rm -rf "$out"
