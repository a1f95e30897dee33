use judge_harness::r#gen::{Rng, emit, list, sized};

const MAX_LEN: usize = 1000;
const MAX_V: i64 = 1_000_000;

fn sorted(rng: &mut Rng, n: usize, lo: i64, hi: i64) -> Vec<i64> {
    let mut v: Vec<i64> = (0..n).map(|_| rng.range(lo, hi)).collect();
    v.sort();
    v
}

fn emit_case(name: &str, a: &[i64], b: &[i64]) {
    emit(name, &format!("[{},{}]", list(a), list(b)));
}

/// A random valid input of `n` numbers in all (1 <= n <= 2000): the two
/// lengths add up to n, each at most 1000 (either may be empty); values from
/// a range that grows with n, so small inputs repeat values.
fn random(rng: &mut Rng, n: usize) -> String {
    let m = rng.range(n.saturating_sub(MAX_LEN) as i64, n.min(MAX_LEN) as i64) as usize;
    let span = (2 * n as i64 + 3).min(MAX_V);
    let a = sorted(rng, m, -span, span);
    let b = sorted(rng, n - m, -span, span);
    format!("[{},{}]", list(&a), list(&b))
}

fn main() {
    sized(random);
    let mut rng = Rng::new(4);

    // Small arrays, either of them possibly empty, many duplicates.
    for i in 0..30 {
        let (m, n) = loop {
            let (m, n) = (rng.below(8), rng.below(8));
            if m + n > 0 {
                break (m, n);
            }
        };
        let span = if i % 3 == 0 { MAX_V } else { 10 };
        let a = sorted(&mut rng, m, -span, span);
        let b = sorted(&mut rng, n, -span, span);
        emit_case(&format!("small-{i}"), &a, &b);
    }

    // Both arrays at the maximum length (even total), and one shorter (odd).
    for i in 0..2 {
        let a = sorted(&mut rng, MAX_LEN, -MAX_V, MAX_V);
        let b = sorted(&mut rng, MAX_LEN, -MAX_V, MAX_V);
        emit_case(&format!("random-max-{i}"), &a, &b);
    }
    let a = sorted(&mut rng, MAX_LEN, -MAX_V, MAX_V);
    let b = sorted(&mut rng, MAX_LEN - 1, -MAX_V, MAX_V);
    emit_case("random-odd-total", &a, &b);

    // One array empty, the other at the maximum length.
    let a = sorted(&mut rng, MAX_LEN, -MAX_V, MAX_V);
    emit_case("first-empty-max", &[], &a);
    let a = sorted(&mut rng, MAX_LEN - 1, -MAX_V, MAX_V);
    emit_case("second-empty-max-odd", &a, &[]);

    // Very different lengths.
    let a = sorted(&mut rng, 1, -MAX_V, MAX_V);
    let b = sorted(&mut rng, MAX_LEN, -MAX_V, MAX_V);
    emit_case("one-vs-max", &a, &b);
    emit_case("max-vs-one", &b, &a);

    // Disjoint ranges: every element of one array below every element of the other.
    let a = sorted(&mut rng, MAX_LEN, -MAX_V, -1);
    let b = sorted(&mut rng, MAX_LEN, 0, MAX_V);
    emit_case("disjoint-low-high", &a, &b);
    emit_case("disjoint-high-low", &b, &a);
    let b = sorted(&mut rng, MAX_LEN - 1, 0, MAX_V);
    emit_case("disjoint-odd", &a, &b);

    // Interleaved: even numbers in one array, odd numbers in the other.
    let a: Vec<i64> = (0..MAX_LEN as i64).map(|i| 2 * i - 1000).collect();
    let b: Vec<i64> = (0..MAX_LEN as i64).map(|i| 2 * i - 999).collect();
    emit_case("interleaved-max", &a, &b);

    // Extreme values.
    emit_case("all-max-value", &vec![MAX_V; MAX_LEN], &vec![MAX_V; MAX_LEN - 1]);
    emit_case("all-min-value", &vec![-MAX_V; MAX_LEN], &vec![-MAX_V; MAX_LEN]);
    emit_case("min-vs-max", &vec![-MAX_V; MAX_LEN], &vec![MAX_V; MAX_LEN]);
    let a = vec![MAX_V - 1; MAX_LEN];
    emit_case("halves-at-top", &a, &vec![MAX_V; MAX_LEN]);
}
