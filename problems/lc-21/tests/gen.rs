use judge_harness::r#gen::{Rng, emit, list, sized};

const MAX_LEN: usize = 50;
const MAX_VAL: i64 = 100;

fn sorted(rng: &mut Rng, len: usize, lo: i64, hi: i64) -> Vec<i64> {
    let mut v: Vec<i64> = (0..len).map(|_| rng.range(lo, hi)).collect();
    v.sort();
    v
}

fn put(name: &str, a: &[i64], b: &[i64]) {
    for l in [a, b] {
        assert!(l.len() <= MAX_LEN, "{name}: list too long");
        assert!(l.windows(2).all(|w| w[0] <= w[1]), "{name}: not sorted");
        assert!(l.iter().all(|v| v.abs() <= MAX_VAL), "{name}: value out of range");
    }
    emit(name, &format!("[{},{}]", list(a), list(b)));
}

/// A random valid input of `n` nodes in all (1 <= n <= 100): the two lengths
/// add up to n, each at most 50 (either may be empty); sorted values from a
/// range that grows with n, so small inputs tie.
fn random(rng: &mut Rng, n: usize) -> String {
    let la = rng.range(n.saturating_sub(MAX_LEN) as i64, n.min(MAX_LEN) as i64) as usize;
    let spread = (2 * n as i64 + 3).min(MAX_VAL);
    let a = sorted(rng, la, -spread, spread);
    let b = sorted(rng, n - la, -spread, spread);
    format!("[{},{}]", list(&a), list(&b))
}

fn main() {
    sized(random);
    let mut rng = Rng::new(21);

    // Small random pairs, often with empty lists and many ties.
    for i in 0..40 {
        let (la, lb) = (rng.below(7), rng.below(7));
        let spread = if i % 2 == 0 { 3 } else { MAX_VAL };
        let a = sorted(&mut rng, la, -spread, spread);
        let b = sorted(&mut rng, lb, -spread, spread);
        put(&format!("small-{i}"), &a, &b);
    }

    // The longest lists.
    for i in 0..4 {
        let a = sorted(&mut rng, MAX_LEN, -MAX_VAL, MAX_VAL);
        let b = sorted(&mut rng, MAX_LEN, -MAX_VAL, MAX_VAL);
        put(&format!("max-random-{i}"), &a, &b);
    }
    let a: Vec<i64> = (0..MAX_LEN as i64).map(|i| -MAX_VAL + 4 * i).collect();
    let b: Vec<i64> = (0..MAX_LEN as i64).map(|i| -MAX_VAL + 4 * i + 2).collect();
    put("max-interleaved", &a, &b);
    put("max-interleaved-swapped", &b, &a);
    let low = sorted(&mut rng, MAX_LEN, -MAX_VAL, -1);
    let high = sorted(&mut rng, MAX_LEN, 0, MAX_VAL);
    put("max-disjoint", &high, &low);
    put("max-all-equal", &vec![MAX_VAL; MAX_LEN], &vec![MAX_VAL; MAX_LEN]);
    put("max-one-empty", &sorted(&mut rng, MAX_LEN, -MAX_VAL, MAX_VAL), &[]);
    put("max-other-empty", &[], &sorted(&mut rng, MAX_LEN, -MAX_VAL, MAX_VAL));
    put("max-vs-single", &sorted(&mut rng, MAX_LEN, -MAX_VAL, MAX_VAL), &[0]);
}
