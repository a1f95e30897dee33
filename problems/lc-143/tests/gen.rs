use judge_harness::r#gen::{Rng, emit, list, sized};

const MAX_N: usize = 50_000;

fn put(name: &str, vals: &[i64]) {
    assert!((1..=MAX_N).contains(&vals.len()), "{name}: length");
    assert!(vals.iter().all(|v| (1..=1000).contains(v)), "{name}: value");
    emit(name, &format!("[{}]", list(vals)));
}

/// A random valid list of `n` nodes (1 <= n <= 5 * 10^4), with values in
/// 1..=1000 from a range that grows with n (so small lists repeat values).
fn random(rng: &mut Rng, n: usize) -> String {
    let top = (2 * n as i64 + 3).min(1000);
    let vals: Vec<i64> = (0..n).map(|_| rng.range(1, top)).collect();
    format!("[{}]", list(&vals))
}

fn main() {
    sized(random);
    let mut rng = Rng::new(143);

    // Every length from 1 to 30 with distinct values, so any misplaced node
    // shows (brute-force cross-check).
    for n in 1..=30 {
        let vals: Vec<i64> = (1..=n).collect();
        put(&format!("len-{n}"), &vals);
    }
    for i in 0..10 {
        let n = 1 + rng.below(200);
        let vals: Vec<i64> = (0..n).map(|_| rng.range(1, 1000)).collect();
        put(&format!("random-{i}"), &vals);
    }

    // The longest lists, even and odd lengths.
    for (name, n) in [("max-even", MAX_N), ("max-odd", MAX_N - 1)] {
        let vals: Vec<i64> = (0..n).map(|_| rng.range(1, 1000)).collect();
        put(name, &vals);
    }
    let cyc: Vec<i64> = (0..MAX_N as i64).map(|i| i % 1000 + 1).collect();
    put("max-increasing-cycles", &cyc);
    put("max-all-equal", &vec![1000; MAX_N]);
}
