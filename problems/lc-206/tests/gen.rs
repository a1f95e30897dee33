use judge_harness::r#gen::{Rng, emit, list, sized};

const MAX_LEN: usize = 5000;
const MAX_VAL: i64 = 5000;

fn put(name: &str, vals: &[i64]) {
    assert!(vals.len() <= MAX_LEN, "{name}: too many nodes");
    assert!(vals.iter().all(|v| v.abs() <= MAX_VAL), "{name}: value out of range");
    emit(name, &format!("[{}]", list(vals)));
}

/// A random valid list of `n` nodes (1 <= n <= 5000); the values span a
/// range that grows with n, so short lists repeat values.
fn random(rng: &mut Rng, n: usize) -> String {
    let spread = (2 * n as i64 + 3).min(MAX_VAL);
    let vals: Vec<i64> = (0..n).map(|_| rng.range(-spread, spread)).collect();
    format!("[{}]", list(&vals))
}

fn main() {
    sized(random);
    let mut rng = Rng::new(206);

    // Small random lists (brute-force cross-check), lengths 0..=12.
    for i in 0..30 {
        let len = rng.below(13);
        let spread = if i % 2 == 0 { 3 } else { MAX_VAL };
        let vals: Vec<i64> = (0..len).map(|_| rng.range(-spread, spread)).collect();
        put(&format!("small-{i}"), &vals);
    }

    // The longest lists.
    for i in 0..3 {
        let vals: Vec<i64> = (0..MAX_LEN).map(|_| rng.range(-MAX_VAL, MAX_VAL)).collect();
        put(&format!("max-random-{i}"), &vals);
    }
    let inc: Vec<i64> = (0..MAX_LEN as i64).map(|i| -MAX_VAL + 2 * i).collect();
    put("max-increasing", &inc);
    put("max-all-equal", &vec![MAX_VAL; MAX_LEN]);
    let alt: Vec<i64> = (0..MAX_LEN).map(|i| if i % 2 == 0 { -MAX_VAL } else { MAX_VAL }).collect();
    put("max-alternating-extremes", &alt);
    let odd: Vec<i64> = (0..MAX_LEN - 1).map(|_| rng.range(-MAX_VAL, MAX_VAL)).collect();
    put("odd-length-4999", &odd);
}
