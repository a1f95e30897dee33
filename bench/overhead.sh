#!/usr/bin/env bash
# Judge's own overhead on a warm full submit (issue 14, goal 1): for each
# problem, a warm `judge submit` of its reference after a one-line edit
# against the bare commands judge issues (its rustc command, then the
# solution's run over the same cases, from JUDGE_TRACE), interleaved round
# by round so the machine's load hits both alike. With BEFORE_JUDGE, that
# binary is measured beside this one in the same rounds.
#
# Budget: judge / bare <= 1.10 for lc-15, lc-23 and lc-200.
#
# Usage: bench/overhead.sh [RUNS] [BEFORE_JUDGE]   (default 10 rounds)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
RUNS=${1:-10}
BEFORE=${2:-}
PROBLEMS=${PROBLEMS:-lc-15 lc-23 lc-200}
cargo build --release --quiet --manifest-path "$ROOT/Cargo.toml"
AFTER=${CARGO_TARGET_DIR:-$ROOT/target}/release/judge
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
SIDES="after"
[ -n "$BEFORE" ] && SIDES="before after"
for p in $PROBLEMS; do
  for side in $SIDES; do
    bin=$AFTER; [ "$side" = before ] && bin=$BEFORE
    export JUDGE_HOME=$WORK/$side
    "$bin" --color never start "$p" >/dev/null
    cp "$ROOT/problems/$p/reference.rs" "$JUDGE_HOME/workspaces/$p/$p.rs"
    "$bin" --color never submit "$p" >/dev/null
  done
  # The bare commands, from the trace of this judge's own submit.
  export JUDGE_HOME=$WORK/after
  SOL=$JUDGE_HOME/workspaces/$p/$p.rs
  "$ROOT/bench/edit.sh" "$SOL"
  JUDGE_TRACE=1 "$AFTER" --color never submit "$p" 2>"$WORK/trace-$p" >/dev/null
  RUSTC_CMD=$(grep '^judge-trace rustc: ' "$WORK/trace-$p" | tail -1 | sed 's/^judge-trace rustc: //')
  BUILT=$(echo "$RUSTC_CMD" | grep -o -- '-o [^ ]*' | awk '{print $2}')
  {
    echo "#!/usr/bin/env bash"
    echo "set -e"
    echo "ulimit -n 1024 -v $((8 << 20)) -f $((1 << 20))"
    echo "env -i PATH=/usr/local/bin:/usr/bin:/bin bash -c \"$RUSTC_CMD\""
    # Every run of the solution judge made (one per batch of cases, side
    # by side as judge runs them).
    grep '^judge-trace run: ' "$WORK/trace-$p" | sed 's/^judge-trace run: //' | while read -r run; do
      bin=$(echo "$run" | awk '{print $4}')
      echo "( ${run/$bin/$BUILT} >/dev/null ) &"
    done
    echo "wait"
  } > "$WORK/bare-$p.sh"
  chmod +x "$WORK/bare-$p.sh"
  echo "$(echo "$RUSTC_CMD" | awk '{print $NF}')" > "$WORK/src-$p"
done
python3 - "$RUNS" "$ROOT/bench/edit.sh" "$WORK" "$AFTER" "$BEFORE" $PROBLEMS <<'PY'
import os, statistics, subprocess, sys, time
runs, edit, work, after, before, *problems = sys.argv[1:]
print(f"  {runs} interleaved rounds after 2 warm-up rounds; medians (ms):")
print(f"  {'problem':<8} {'bare':>7} {'judge':>7} {'ratio':>6}" + (f" {'before':>7} {'ratio':>6}" if before else ""))
for p in problems:
    build_src = open(f"{work}/src-{p}").read().strip()
    sides = {"after": after}
    if before:
        sides["before"] = before
    times = {k: [] for k in ["bare", *sides]}
    for r in range(int(runs) + 2):
        subprocess.run([edit, build_src], check=True)
        t = time.perf_counter()
        subprocess.run([f"{work}/bare-{p}.sh"], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if r >= 2:
            times["bare"].append(time.perf_counter() - t)
        for side, binary in sides.items():
            home = f"{work}/{side}"
            subprocess.run([edit, f"{home}/workspaces/{p}/{p}.rs"], check=True)
            env = dict(os.environ, JUDGE_HOME=home)
            t = time.perf_counter()
            q = subprocess.run([binary, "--color", "never", "submit", p], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            if q.returncode != 0:
                sys.exit(f"{side} {p}: judge submit exited {q.returncode}")
            if r >= 2:
                times[side].append(time.perf_counter() - t)
    med = {k: statistics.median(v) * 1000 for k, v in times.items()}
    line = f"  {p:<8} {med['bare']:7.0f} {med['after']:7.0f} {med['after']/med['bare']:5.2f}x"
    if before:
        line += f" {med['before']:7.0f} {med['before']/med['bare']:5.2f}x"
    print(line)
print("  budget: judge / bare <= 1.10")
PY
