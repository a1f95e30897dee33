#!/usr/bin/env bash
# Submit latency, measured side by side in one interleaved run (the machines
# here are noisy: only ratios within one run mean anything).
#
#   judge       warm `judge submit` after an edit (release build)
#   cargo-test  warm `cargo test` after the same edit, on an equivalent crate:
#               the same solution, the same 50 cases, the same check
#   bare        the commands judge issues, without judge: its rustc command
#               (real compiler, same flags) and the solution run on the cases
#
# Budgets (DESIGN §8): judge <= 0.65x cargo-test; judge <= 1.15x bare.
# Needs python3, and crates.io for the equivalent crate's serde_json.
#
# Usage: bench/submit.sh [RUNS]   (default 20)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
RUNS=${1:-20}
cargo build --release --quiet --manifest-path "$ROOT/Cargo.toml"
JUDGE=${CARGO_TARGET_DIR:-$ROOT/target}/release/judge

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export JUDGE_HOME=$WORK/home
# A copy of lc-15 whose test set is 50 small cases (as in research/performance.md):
# the handwritten ones plus seeded random ones, no generator.
mkdir -p "$WORK/problems"
cp -r "$ROOT/problems/lc-15" "$WORK/problems/lc-15"
rm -f "$WORK/problems/lc-15/tests/gen.rs"
python3 - "$WORK/problems/lc-15/tests/cases.toml" <<'PY'
import random, sys
path = sys.argv[1]
text = open(path).read()
have = text.count("[[case]]")
rng = random.Random(15)
with open(path, "a") as f:
    for i in range(50 - have):
        n = rng.randint(3, 60)
        nums = ",".join(str(rng.randint(-20, 20)) for _ in range(n))
        f.write(f"\n[[case]]\nname = \"bench-{i}\"\ninput = '[[{nums}]]'\n")
PY
J="$JUDGE --problems $WORK/problems --color never"
$J start lc-15 >/dev/null
SOL=$JUDGE_HOME/workspaces/lc-15/lc-15.rs
cp "$ROOT/problems/lc-15/reference.rs" "$SOL"
$J submit >/dev/null

# The bare commands: what judge ran, from its trace.
"$ROOT/bench/edit.sh" "$SOL"
JUDGE_TRACE=1 $J submit 2>"$WORK/trace" >/dev/null
RUSTC_CMD=$(grep '^judge-trace rustc: ' "$WORK/trace" | tail -1 | sed 's/^judge-trace rustc: //')
RUN_CMD=$(grep '^judge-trace run: ' "$WORK/trace" | tail -1 | sed 's/^judge-trace run: //')
BUILD_SRC=$(echo "$RUSTC_CMD" | awk '{print $NF}')
BUILT=$(echo "$RUSTC_CMD" | grep -o -- '-o [^ ]*' | awk '{print $2}')
RUN_BIN=$(echo "$RUN_CMD" | awk '{print $4}')
BARE_RUN=${RUN_CMD/$RUN_BIN/$BUILT}
# rustc's environment under judge is only PATH, and it runs under judge's
# limits for the compiler (open files, address space, file size): the bare
# command gets the same, so the comparison measures judge's own overhead.
echo "#!/usr/bin/env bash
set -e
ulimit -n 1024 -v $((8 << 20)) -f $((1 << 20))
env -i PATH=/usr/local/bin:/usr/bin:/bin bash -c \"$RUSTC_CMD\"
$BARE_RUN >/dev/null" > "$WORK/bare.sh"
chmod +x "$WORK/bare.sh"

# The equivalent crate for cargo test: the solution as a library, and one
# test that runs the same cases with the same order-insensitive check.
CRATE=$WORK/crate
mkdir -p "$CRATE/src" "$CRATE/tests"
cat > "$CRATE/Cargo.toml" <<'TOML'
[package]
name = "three-sum"
version = "0.1.0"
edition = "2024"
[dev-dependencies]
serde_json = "1"
[workspace]
TOML
{ echo 'pub struct Solution;'; cat "$ROOT/problems/lc-15/reference.rs"; } > "$CRATE/src/lib.rs"
python3 - "$JUDGE_HOME" "$CRATE/cases.json" <<'PY'
import glob, json, sys
home, out = sys.argv[1], sys.argv[2]
ts = json.load(open(glob.glob(home + "/cache/problems/lc-15/tests-*.json")[0]))
json.dump([[c["input"], c["expected"]] for c in ts["cases"]], open(out, "w"))
PY
cat > "$CRATE/tests/cases.rs" <<'RS'
use three_sum::Solution;

fn normalize(mut v: Vec<Vec<i32>>) -> Vec<Vec<i32>> {
    for t in &mut v {
        t.sort();
    }
    v.sort();
    v
}

#[test]
fn all_cases() {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/cases.json")).unwrap();
    let cases: Vec<(String, String)> = serde_json::from_str(&text).unwrap();
    for (input, expected) in cases {
        let (nums,): (Vec<i32>,) = serde_json::from_str(&input).unwrap();
        let expected: Vec<Vec<i32>> = serde_json::from_str(&expected).unwrap();
        assert_eq!(normalize(Solution::three_sum(nums)), normalize(expected));
    }
}
RS
(cd "$CRATE" && cargo test --quiet >/dev/null 2>&1)

EDIT="$ROOT/bench/edit.sh"
# Interleaved: each round runs the three commands once each, in turn, after
# the same kind of edit, so a change in the machine's load hits all three
# alike (hyperfine runs one command's runs back to back).
python3 - "$RUNS" "$EDIT" "$SOL" "$CRATE" "$BUILD_SRC" "$WORK/bare.sh" "$J" <<'PY'
import statistics, subprocess, sys, time
runs, edit, sol, crate, build_src, bare, judge = sys.argv[1:]
commands = {
    "judge": (sol, f"{judge} submit"),
    "cargo-test": (f"{crate}/src/lib.rs", f"cd {crate} && cargo test --quiet"),
    "bare": (build_src, bare),
}
times = {k: [] for k in commands}
for r in range(int(runs) + 3):
    for name, (edited, cmd) in commands.items():
        subprocess.run([edit, edited], check=True)
        t = time.perf_counter()
        subprocess.run(cmd, shell=True, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if r >= 3:  # the first rounds warm up
            times[name].append(time.perf_counter() - t)
med = {k: statistics.median(v) * 1000 for k, v in times.items()}
print(f"\n  {runs} interleaved rounds after 3 warm-up rounds; medians:")
for k in commands:
    v = sorted(times[k])
    print(f"  {k:<11} {med[k]:7.1f} ms   (min {v[0]*1000:.1f}, max {v[-1]*1000:.1f})")
a, b = med["judge"] / med["cargo-test"], med["judge"] / med["bare"]
print(f"\n  judge / cargo-test = {a:.2f}x   (budget <= 0.65x) {'ok' if a <= 0.65 else 'OVER BUDGET'}")
print(f"  judge / bare       = {b:.2f}x   (budget <= 1.15x) {'ok' if b <= 1.15 else 'OVER BUDGET'}")
PY
