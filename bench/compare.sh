#!/usr/bin/env bash
# Two judge binaries side by side: warm `judge submit` of a correct solution
# after a one-line edit, full hidden test set, interleaved round by round so
# the machine's load hits both alike. For before/after numbers of a change:
#
#   git worktree add /tmp/before <commit> && cargo build --release in it
#   bench/compare.sh /tmp/before/target/release/judge [PROBLEM] [RUNS]
#
# Prints each binary's median and the ratio after/before.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BEFORE=${1:?usage: bench/compare.sh BEFORE_JUDGE [PROBLEM] [RUNS]}
PROBLEM=${2:-lc-15}
RUNS=${3:-15}
cargo build --release --quiet --manifest-path "$ROOT/Cargo.toml"
AFTER=${CARGO_TARGET_DIR:-$ROOT/target}/release/judge
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
for side in before after; do
  bin=$BEFORE; [ "$side" = after ] && bin=$AFTER
  export JUDGE_HOME=$WORK/$side
  "$bin" --color never start "$PROBLEM" >/dev/null
  cp "$ROOT/problems/$PROBLEM/reference.rs" "$JUDGE_HOME/workspaces/$PROBLEM/$PROBLEM.rs"
  "$bin" --color never submit "$PROBLEM" >/dev/null
done
python3 - "$RUNS" "$ROOT/bench/edit.sh" "$WORK" "$PROBLEM" "$BEFORE" "$AFTER" <<'PY'
import os, statistics, subprocess, sys, time
runs, edit, work, problem, before, after = sys.argv[1:]
sides = {"before": before, "after": after}
times = {k: [] for k in sides}
for r in range(int(runs) + 2):
    for side, binary in sides.items():
        home = f"{work}/{side}"
        sol = f"{home}/workspaces/{problem}/{problem}.rs"
        subprocess.run([edit, sol], check=True)
        env = dict(os.environ, JUDGE_HOME=home)
        t = time.perf_counter()
        p = subprocess.run([binary, "--color", "never", "submit", problem], env=env,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if p.returncode != 0:
            sys.exit(f"{side}: judge submit exited {p.returncode}")
        if r >= 2:
            times[side].append(time.perf_counter() - t)
med = {k: statistics.median(v) * 1000 for k, v in times.items()}
print(f"  {problem}: {runs} interleaved rounds after 2 warm-up rounds; medians:")
for k in sides:
    v = sorted(times[k])
    print(f"  {k:<7} {med[k]:7.1f} ms   (min {v[0]*1000:.1f}, max {v[-1]*1000:.1f})")
print(f"  after / before = {med['after'] / med['before']:.2f}x")
PY
