#!/usr/bin/env bash
# Grading throughput: `judge grade` of many files with --jobs 1 against
# --jobs 2 (every core of a CI runner here), in interleaved rounds so that a
# change in load hits both alike. Prints the speed-up (time with one job
# over time with two).
#
# Usage: bench/grade.sh [ROUNDS]   (default 3)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
ROUNDS=${1:-3}
cargo build --release --quiet --manifest-path "$ROOT/Cargo.toml"
JUDGE=${CARGO_TARGET_DIR:-$ROOT/target}/release/judge
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export JUDGE_HOME=$WORK/home
mkdir -p "$WORK/solutions"
# 24 files: the reference and each wrong solution of eight problems, as a
# class's submissions would be (right, wrong, too slow, crashing).
for p in lc-15 lc-3 lc-704 lc-200 lc-703 lc-26 lc-23 lc-102; do
  cp "$ROOT/problems/$p/reference.rs" "$WORK/solutions/${p}_ref.rs"
  for w in "$ROOT/problems/$p/wrong/"*.rs; do
    cp "$w" "$WORK/solutions/${p}_$(basename "$w")"
  done
done
ls "$WORK/solutions" | wc -l | xargs echo "files:"
# Prepare every problem's tests once, outside the measurement.
"$JUDGE" grade "$WORK/solutions/"*.rs --jobs 2 >/dev/null || true
python3 - "$ROUNDS" "$JUDGE" "$WORK/solutions" <<'PY'
import glob, statistics, subprocess, sys, time
rounds, judge, folder = int(sys.argv[1]), sys.argv[2], sys.argv[3]
files = sorted(glob.glob(folder + "/*.rs"))
times = {1: [], 2: []}
for _ in range(rounds):
    for jobs in (1, 2):
        t = time.perf_counter()
        subprocess.run([judge, "grade", "--jobs", str(jobs), *files], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times[jobs].append(time.perf_counter() - t)
m1, m2 = statistics.median(times[1]), statistics.median(times[2])
print(f"  --jobs 1: median {m1:.2f} s   --jobs 2: median {m2:.2f} s   ({rounds} interleaved rounds, {len(files)} files)")
print(f"  speed-up with two jobs: {m1 / m2:.2f}x")
PY
