#!/usr/bin/env bash
# The first submit on a fresh data directory (nothing cached: no toolchain
# probe, no harness, no test set), against a cold `cargo test` of the
# equivalent crate (the solution and LeetCode's three examples, a fresh
# target directory, no dependencies), side by side in one interleaved run.
#
#   start        `judge start lc-15` on a terminal, until the prompt returns
#   reading      how long its background preparation takes (the user reads
#                the statement meanwhile: the time a first submit would
#                otherwise wait)
#   first-submit `judge submit` of a correct lc-15 once the statement is read
#   at-once      `judge start` and `judge submit` with no time between (no
#                reading: the submit waits for the preparation)
#   cargo-test   `cargo test` of the equivalent crate, cold
#
# Goal (issue 14): first-submit <= 2.5x cargo-test.
#
# Usage: bench/cold.sh [RUNS]   (default 5)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
RUNS=${1:-5}
cargo build --release --quiet --manifest-path "$ROOT/Cargo.toml"
JUDGE=${CARGO_TARGET_DIR:-$ROOT/target}/release/judge
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

CRATE=$WORK/crate
mkdir -p "$CRATE/src" "$CRATE/tests"
cat > "$CRATE/Cargo.toml" <<'TOML'
[package]
name = "three-sum"
version = "0.1.0"
edition = "2024"
[workspace]
TOML
{ echo 'pub struct Solution;'; cat "$ROOT/problems/lc-15/reference.rs"; } > "$CRATE/src/lib.rs"
cat > "$CRATE/tests/examples.rs" <<'RS'
use three_sum::Solution;

fn normalize(mut v: Vec<Vec<i32>>) -> Vec<Vec<i32>> {
    for t in &mut v {
        t.sort();
    }
    v.sort();
    v
}

#[test]
fn example_1() {
    let got = Solution::three_sum(vec![-1, 0, 1, 2, -1, -4]);
    assert_eq!(normalize(got), vec![vec![-1, -1, 2], vec![-1, 0, 1]]);
}

#[test]
fn example_2() {
    assert_eq!(Solution::three_sum(vec![0, 1, 1]), Vec::<Vec<i32>>::new());
}

#[test]
fn example_3() {
    assert_eq!(Solution::three_sum(vec![0, 0, 0]), vec![vec![0, 0, 0]]);
}
RS

python3 - "$RUNS" "$JUDGE" "$WORK" "$CRATE" "$ROOT/problems/lc-15/reference.rs" <<'PY'
import glob, os, shutil, statistics, subprocess, sys, time
runs, judge, work, crate, solution = sys.argv[1:]
quiet = dict(stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)

def fresh_env(name):
    home = os.path.join(work, name)
    shutil.rmtree(home, ignore_errors=True)
    env = dict(os.environ, JUDGE_HOME=home, JUDGE_PREPARE="background")
    env.pop("JUDGE_CACHE", None)
    env.pop("JUDGE_PROBLEMS", None)
    return home, env

def workspace(home):
    return os.path.join(home, "workspaces", "lc-15", "lc-15.rs")

def prepared(home):
    return os.path.isfile(os.path.join(home, "cache/problems/lc-15/build/user/.stamp"))

times = {k: [] for k in ["start", "reading", "first-submit", "at-once", "cargo-test"]}
for r in range(int(runs)):
    home, env = fresh_env("read")
    t = time.perf_counter()
    subprocess.run([judge, "start", "lc-15"], env=env, **quiet)
    times["start"].append(time.perf_counter() - t)
    while not prepared(home):
        time.sleep(0.01)
    times["reading"].append(time.perf_counter() - t)
    time.sleep(0.5)  # the background judge exits after its last write
    shutil.copy(solution, workspace(home))
    t = time.perf_counter()
    subprocess.run([judge, "submit"], env=env, **quiet)
    times["first-submit"].append(time.perf_counter() - t)

    home, env = fresh_env("at-once")
    t = time.perf_counter()
    subprocess.run([judge, "start", "lc-15"], env=env, **quiet)
    shutil.copy(solution, workspace(home))
    subprocess.run([judge, "submit"], env=env, **quiet)
    times["at-once"].append(time.perf_counter() - t)
    time.sleep(0.5)

    target = os.path.join(work, "target")
    shutil.rmtree(target, ignore_errors=True)
    t = time.perf_counter()
    subprocess.run(["cargo", "test", "--quiet", "--offline"], cwd=crate,
                   env=dict(os.environ, CARGO_TARGET_DIR=target), **quiet)
    times["cargo-test"].append(time.perf_counter() - t)

med = {k: statistics.median(v) * 1000 for k, v in times.items()}
print(f"\n  {runs} interleaved rounds, fresh data directory and target each; medians:")
for k, v in times.items():
    v = sorted(v)
    print(f"  {k:<13} {med[k]:7.0f} ms   (min {v[0]*1000:.0f}, max {v[-1]*1000:.0f})")
c = med["cargo-test"]
print(f"\n  first-submit / cargo-test = {med['first-submit']/c:.2f}x   (goal <= 2.5x)"
      f" {'ok' if med['first-submit'] <= 2.5 * c else 'OVER'}")
print(f"  start        / cargo-test = {med['start']/c:.2f}x")
print(f"  at-once      / cargo-test = {med['at-once']/c:.2f}x   (start and submit with no reading)")
PY
