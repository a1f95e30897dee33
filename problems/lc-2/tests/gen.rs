use judge_harness::r#gen::{Rng, emit, list, sized};

const MAX_LEN: usize = 100;

/// A number of `len` digits, ones digit first, without leading zeros.
fn number(rng: &mut Rng, len: usize, lo: i64, hi: i64) -> Vec<i64> {
    let mut v: Vec<i64> = (0..len).map(|_| rng.range(lo, hi)).collect();
    if len > 1 && v[len - 1] == 0 {
        v[len - 1] = rng.range(1, 9);
    }
    v
}

fn put(name: &str, a: &[i64], b: &[i64]) {
    for l in [a, b] {
        assert!((1..=MAX_LEN).contains(&l.len()), "{name}: length");
        assert!(l.iter().all(|d| (0..=9).contains(d)), "{name}: digit");
        assert!(l.len() == 1 || l[l.len() - 1] != 0, "{name}: leading zero");
    }
    emit(name, &format!("[{},{}]", list(a), list(b)));
}

/// A random valid input of `n` digits in all (2 <= n <= 200): the lengths of
/// the two lists add up to n, each between 1 and 100; half the inputs use
/// only high digits, so carries run long.
fn random(rng: &mut Rng, n: usize) -> String {
    let la = rng.range(n.saturating_sub(MAX_LEN).max(1) as i64, (n - 1).min(MAX_LEN) as i64) as usize;
    let lb = n - la;
    let lo = if rng.chance(0.5) { 0 } else { 5 };
    let a = number(rng, la, lo, 9);
    let b = number(rng, lb, lo, 9);
    format!("[{},{}]", list(&a), list(&b))
}

fn main() {
    sized(random);
    let mut rng = Rng::new(2);

    // Small numbers (brute-force cross-check), many carries when digits are high.
    for i in 0..40 {
        let (la, lb) = (1 + rng.below(6), 1 + rng.below(6));
        let lo = if i % 2 == 0 { 0 } else { 5 };
        let a = number(&mut rng, la, lo, 9);
        let b = number(&mut rng, lb, lo, 9);
        put(&format!("small-{i}"), &a, &b);
    }

    // The longest numbers.
    for i in 0..3 {
        let a = number(&mut rng, MAX_LEN, 0, 9);
        let b = number(&mut rng, MAX_LEN, 0, 9);
        put(&format!("max-random-{i}"), &a, &b);
    }
    put("max-all-nines", &[9; MAX_LEN], &[9; MAX_LEN]);
    // 99...9 + 1: the carry ripples through all 100 digits.
    put("max-ripple-carry", &[9; MAX_LEN], &[1]);
    put("max-ripple-carry-swapped", &[1], &[9; MAX_LEN]);
    let mut one_then_zeros = vec![0; MAX_LEN];
    one_then_zeros[MAX_LEN - 1] = 1;
    put("max-power-of-ten-plus-zero", &one_then_zeros, &[0]);
    // Complementary digits: every column sums to 9, no carry at all.
    let a = number(&mut rng, MAX_LEN, 1, 8);
    let b: Vec<i64> = a.iter().map(|d| 9 - d).collect();
    put("max-no-carry", &a, &b);
    // Different lengths.
    let a = number(&mut rng, MAX_LEN, 0, 9);
    let b = number(&mut rng, 37, 0, 9);
    put("max-vs-37", &a, &b);
}
