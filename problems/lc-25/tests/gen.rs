use judge_harness::r#gen::{Rng, emit, list, sized};

const MAX_N: usize = 5000;

fn put(name: &str, vals: &[i64], k: usize) {
    assert!((1..=MAX_N).contains(&vals.len()), "{name}: n");
    assert!((1..=vals.len()).contains(&k), "{name}: k");
    assert!(vals.iter().all(|v| (0..=1000).contains(v)), "{name}: value");
    emit(name, &format!("[{},{}]", list(vals), k));
}

/// A random valid input of a list of `n` nodes (1 <= n <= 5000): values from
/// a range that grows with n, and k in 1..=n, half the time a small k (many
/// groups, often a leftover).
fn random(rng: &mut Rng, n: usize) -> String {
    let top = (2 * n as i64 + 3).min(1000);
    let vals: Vec<i64> = (0..n).map(|_| rng.range(0, top)).collect();
    let k = if rng.chance(0.5) { 1 + rng.below(n.min(8)) } else { 1 + rng.below(n) };
    format!("[{},{}]", list(&vals), k)
}

fn main() {
    sized(random);
    let mut rng = Rng::new(25);

    // Every k for lengths up to 9, distinct values (brute-force cross-check).
    for n in 1..=9usize {
        let vals: Vec<i64> = (1..=n as i64).collect();
        for k in 1..=n {
            put(&format!("n-{n}-k-{k}"), &vals, k);
        }
    }
    for i in 0..15 {
        let n = 1 + rng.below(30);
        let k = 1 + rng.below(n);
        let vals: Vec<i64> = (0..n).map(|_| rng.range(0, 1000)).collect();
        put(&format!("small-random-{i}"), &vals, k);
    }

    // The longest list with many values of k: 1 and 2 (most groups), a
    // divisor, a non-divisor, about half, n - 1 and n.
    let vals: Vec<i64> = (0..MAX_N).map(|_| rng.range(0, 1000)).collect();
    for k in [1, 2, 3, 7, 100, 2499, 2500, 2501, 4999, 5000] {
        put(&format!("max-k-{k}"), &vals, k);
    }
    let inc: Vec<i64> = (0..MAX_N as i64).map(|i| i % 1001).collect();
    put("max-increasing-k-3", &inc, 3);
    put("max-all-equal-k-2", &vec![1000; MAX_N], 2);
    let odd: Vec<i64> = (0..MAX_N - 1).map(|_| rng.range(0, 1000)).collect();
    put("odd-4999-k-2", &odd, 2);
}
