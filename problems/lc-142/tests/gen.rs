use judge_harness::r#gen::{Rng, emit, list, sized};

const MAX_N: usize = 10_000;
const MAX_VAL: i64 = 100_000;

/// One case: the list's values and `pos` (-1: no cycle).
fn put(name: &str, vals: &[i64], pos: i64) {
    assert!(vals.len() <= MAX_N, "{name}: too many nodes");
    assert!(vals.iter().all(|v| v.abs() <= MAX_VAL), "{name}: value out of range");
    assert!(pos == -1 || (0..vals.len() as i64).contains(&pos), "{name}: bad pos");
    emit(name, &format!("[[{},{pos}]]", list(vals)));
}

fn values(rng: &mut Rng, n: usize, lo: i64, hi: i64) -> Vec<i64> {
    (0..n).map(|_| rng.range(lo, hi)).collect()
}

/// `n` distinct values in random order.
fn distinct(rng: &mut Rng, n: usize) -> Vec<i64> {
    let mut v: Vec<i64> = (-MAX_VAL..=MAX_VAL).step_by(7).take(n).collect();
    rng.shuffle(&mut v);
    v
}

/// A random valid list of `n` nodes (1 <= n <= 10^4; the constraints also
/// allow the empty list), with values from a range that grows with n (so
/// they repeat inside and before the cycle), and a cycle back to a random
/// node seven times in ten.
fn random(rng: &mut Rng, n: usize) -> String {
    let span = (2 * n as i64 + 3).min(MAX_VAL);
    let vals = values(rng, n, -span, span);
    let pos = if rng.chance(0.3) { -1 } else { rng.below(n) as i64 };
    format!("[[{},{pos}]]", list(&vals))
}

fn main() {
    sized(random);
    let mut rng = Rng::new(142);

    // Small lists for the brute-force cross-check; values from a tiny range
    // in most of them, so that values repeat inside and before the cycle.
    for i in 0..36 {
        let n = rng.below(13);
        let vals = if i % 3 == 0 {
            values(&mut rng, n, -MAX_VAL, MAX_VAL)
        } else {
            values(&mut rng, n, -3, 3)
        };
        let pos = if n == 0 || rng.chance(0.3) { -1 } else { rng.below(n) as i64 };
        put(&format!("small-random-{i}"), &vals, pos);
    }

    let n = MAX_N;

    // No cycle in 10^4 nodes.
    let vals = distinct(&mut rng, n);
    put("max-no-cycle-distinct", &vals, -1);
    let vals = values(&mut rng, n, -5, 5);
    put("max-no-cycle-repeated-values", &vals, -1);

    // Cycles of every length, from the whole list down to one node.
    let vals = distinct(&mut rng, n);
    put("max-cycle-to-head", &vals, 0);
    put("max-cycle-at-index-1", &vals, 1);
    put("max-cycle-from-middle", &vals, (n / 2) as i64);
    put("max-cycle-of-two", &vals, (n - 2) as i64);
    put("max-tail-self-loop", &vals, (n - 1) as i64);
    for i in 0..3 {
        let vals = values(&mut rng, n, -MAX_VAL, MAX_VAL);
        let pos = rng.below(n) as i64;
        put(&format!("max-cycle-random-{i}"), &vals, pos);
    }

    // A lead-in whose values are repeated inside the cycle: the first
    // repeated value is far from the cycle's start.
    let block = values(&mut rng, 100, -MAX_VAL, MAX_VAL);
    let vals: Vec<i64> = block.iter().copied().cycle().take(n).collect();
    put("max-periodic-values-late-cycle", &vals, (n - 300) as i64);
    put("max-all-equal-cycle", &vec![-MAX_VAL; n], 4321);
}
