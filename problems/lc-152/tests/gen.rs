use judge_harness::r#gen::{Rng, emit, list, sized};

const MAX_N: usize = 20_000;
const LIMIT: u64 = i32::MAX as u64;

/// `n` values in -10..=10 such that every zero-free stretch multiplies to at
/// most 2^31 - 1 in absolute value, so every subarray product fits in i32.
/// `p_zero`: chance of a zero; `p_big`: chance of trying a value with
/// |x| >= 2 (it becomes +-1 when the stretch's budget would overflow);
/// `p_neg`: chance that a non-zero value is negative.
fn build(rng: &mut Rng, n: usize, p_zero: f64, p_big: f64, p_neg: f64) -> Vec<i64> {
    let mut out = Vec::with_capacity(n);
    let mut stretch: u64 = 1; // |product| of the current zero-free stretch
    for _ in 0..n {
        if rng.chance(p_zero) {
            out.push(0);
            stretch = 1;
            continue;
        }
        let mut m = 1u64;
        if rng.chance(p_big) {
            let want = rng.range(2, 10) as u64;
            if stretch * want <= LIMIT {
                m = want;
            }
        }
        stretch *= m;
        let x = m as i64;
        out.push(if rng.chance(p_neg) { -x } else { x });
    }
    out
}

fn case(nums: &[i64]) -> String {
    format!("[{}]", list(nums))
}

/// One valid input of length n, with a randomly chosen density of zeros,
/// of large values and of negatives.
fn random(rng: &mut Rng, n: usize) -> String {
    let p_zero = *rng.pick(&[0.0, 0.0, 0.01, 0.05, 0.2, 0.5]);
    let p_big = *rng.pick(&[0.002, 0.05, 0.3, 0.7, 1.0]);
    let p_neg = *rng.pick(&[0.1, 0.5, 0.5, 0.9]);
    case(&build(rng, n, p_zero, p_big, p_neg))
}

fn main() {
    sized(random);
    let mut rng = Rng::new(152);

    // Small cases for the brute-force cross-check.
    for i in 0..36 {
        let n = 1 + rng.below(12);
        emit(&format!("small-{i}"), &random(&mut rng, n));
    }

    // Largest size, different structures.
    emit("max-mixed", &case(&build(&mut rng, MAX_N, 0.02, 0.3, 0.5)));
    emit("max-no-zeros-sparse-big", &case(&build(&mut rng, MAX_N, 0.0, 0.002, 0.5)));
    emit("max-many-zeros", &case(&build(&mut rng, MAX_N, 0.3, 0.6, 0.5)));
    emit("max-mostly-negative", &case(&build(&mut rng, MAX_N, 0.01, 0.5, 0.9)));
    emit("max-all-ones", &case(&vec![1; MAX_N]));
    emit("max-all-minus-ones", &case(&vec![-1; MAX_N]));
    emit("max-all-zeros", &case(&vec![0; MAX_N]));
    let alt: Vec<i64> = (0..MAX_N).map(|i| if i % 2 == 0 { -1 } else { 0 }).collect();
    emit("max-minus-one-zero-alternating", &case(&alt));
    // Blocks of nine -10 (product -10^9) between zeros: the best drops one.
    let blocks: Vec<i64> = (0..MAX_N).map(|i| if i % 10 == 9 { 0 } else { -10 }).collect();
    emit("max-blocks-minus-tens", &case(&blocks));
    let blocks: Vec<i64> = (0..MAX_N).map(|i| if i % 10 == 9 { 0 } else { 10 }).collect();
    emit("max-blocks-tens", &case(&blocks));
    // One long zero-free stretch: 2^14 on the left of a single -1, 2^15 on
    // its right, spread among ones; the best is the right side.
    let mut one_neg = vec![1i64; MAX_N];
    for k in 0..14 {
        one_neg[100 + 600 * k] = 2;
    }
    one_neg[MAX_N / 2] = -1;
    for k in 0..15 {
        one_neg[MAX_N / 2 + 50 + 600 * k] = 2;
    }
    emit("max-one-negative-splits", &case(&one_neg));
    // The best block sits at the very end, after a long stretch of +-1.
    let mut tail = build(&mut rng, MAX_N - 12, 0.0, 0.0, 0.5);
    tail.push(0);
    tail.extend([3, -7, 5, -2, 9, 4, 2, 1, 6, -1, 2]);
    emit("max-best-at-end", &case(&tail));
}
