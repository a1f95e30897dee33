#!/usr/bin/env bash
# Submit latency, measured side by side in one hyperfine run (the machines
# here are noisy: only ratios within one run mean anything).
#
#   judge       warm `judge submit` after an edit (release build)
#   cargo-test  warm `cargo test` after the same edit, on an equivalent crate:
#               the same solution, the same 50 cases, the same check
#   bare        the commands judge issues, without judge: its rustc command
#               (real compiler, same flags) and the solution run on the cases
#
# Budgets (DESIGN §8): judge <= 0.65x cargo-test; judge <= 1.15x bare.
# Needs: hyperfine (installed from Debian's packages if missing), python3,
# and crates.io for the equivalent crate's serde_json.
#
# Usage: bench/submit.sh [RUNS]   (default 20)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
RUNS=${1:-20}
command -v hyperfine >/dev/null || { apt-get update -qq && apt-get install -y -qq hyperfine; }
cargo build --release --quiet --manifest-path "$ROOT/Cargo.toml"
JUDGE=$ROOT/target/release/judge

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
# rustc's environment under judge is only PATH.
echo "#!/usr/bin/env bash
set -e
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
hyperfine --runs "$RUNS" --warmup 3 --export-json "$WORK/result.json" \
  -n judge --prepare "$EDIT $SOL" "$J submit" \
  -n cargo-test --prepare "$EDIT $CRATE/src/lib.rs" "cd $CRATE && cargo test --quiet" \
  -n bare --prepare "$EDIT $BUILD_SRC" "$WORK/bare.sh"
python3 - "$WORK/result.json" <<'PY'
import json, sys
r = {x["command"]: x for x in json.load(open(sys.argv[1]))["results"]}
med = {k: v["median"] * 1000 for k, v in r.items()}
print()
for k in ("judge", "cargo-test", "bare"):
    print(f"  {k:<11} median {med[k]:7.1f} ms")
a, b = med["judge"] / med["cargo-test"], med["judge"] / med["bare"]
print(f"\n  judge / cargo-test = {a:.2f}x   (budget <= 0.65x) {'ok' if a <= 0.65 else 'OVER BUDGET'}")
print(f"  judge / bare       = {b:.2f}x   (budget <= 1.15x) {'ok' if b <= 1.15 else 'OVER BUDGET'}")
PY
