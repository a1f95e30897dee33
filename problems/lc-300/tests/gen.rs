use judge_harness::r#gen::{Rng, emit, list, sized};

const MAX_N: usize = 2500;
const MAX_V: i64 = 10_000;

fn emit_case(name: &str, nums: &[i64]) {
    emit(name, &format!("[{}]", list(nums)));
}

/// A random valid input of `n` numbers (1 <= n <= 2500), values in
/// -(2n+3)..=2n+3 (capped at 10^4), so small inputs repeat values.
fn random(rng: &mut Rng, n: usize) -> String {
    let span = (2 * n as i64 + 3).min(MAX_V);
    let nums: Vec<i64> = (0..n).map(|_| rng.range(-span, span)).collect();
    format!("[{}]", list(&nums))
}

fn main() {
    sized(random);
    let mut rng = Rng::new(300);

    // Small arrays for the brute-force cross-check, with narrow value ranges
    // so that equal values are common.
    for i in 0..24 {
        let n = 1 + rng.below(14);
        let span = 1 + rng.below(8) as i64;
        let nums: Vec<i64> = (0..n).map(|_| rng.range(-span, span)).collect();
        emit_case(&format!("small-{i}"), &nums);
    }
    for i in 0..8 {
        let n = 20 + rng.below(100);
        let nums: Vec<i64> = (0..n).map(|_| rng.range(-MAX_V, MAX_V)).collect();
        emit_case(&format!("medium-{i}"), &nums);
    }

    // Maximum length, full value range and a narrow one (many duplicates).
    for i in 0..3 {
        let nums: Vec<i64> = (0..MAX_N).map(|_| rng.range(-MAX_V, MAX_V)).collect();
        emit_case(&format!("random-max-{i}"), &nums);
    }
    let nums: Vec<i64> = (0..MAX_N).map(|_| rng.range(-20, 20)).collect();
    emit_case("few-values-max", &nums);

    // Strictly increasing (the answer is n), the same values reversed, all
    // equal, and non-decreasing with every value repeated.
    let mut pool: Vec<i64> = (-MAX_V..=MAX_V).collect();
    rng.shuffle(&mut pool);
    let mut inc: Vec<i64> = pool[..MAX_N].to_vec();
    inc.sort();
    emit_case("increasing-max", &inc);
    let dec: Vec<i64> = inc.iter().rev().copied().collect();
    emit_case("decreasing-max", &dec);
    emit_case("all-equal-max", &vec![MAX_V; MAX_N]);
    let pairs: Vec<i64> = (0..MAX_N as i64).map(|i| -MAX_V + i / 2).collect();
    emit_case("non-decreasing-pairs-max", &pairs);

    // Sawtooth: 50 increasing runs of 50, each starting lower than the last
    // one ended; the answer picks from several teeth.
    let nums: Vec<i64> = (0..MAX_N as i64).map(|i| (i % 50) * 100 - (i / 50) * 50).collect();
    emit_case("sawtooth-max", &nums);

    // Almost sorted: increasing with a few hundred random swaps.
    let mut nums = inc.clone();
    for _ in 0..300 {
        let a = rng.below(MAX_N);
        let b = rng.below(MAX_N);
        nums.swap(a, b);
    }
    emit_case("almost-increasing-max", &nums);

    // Two interleaved increasing sequences; and extremes only.
    let nums: Vec<i64> = (0..MAX_N as i64)
        .map(|i| if i % 2 == 0 { -MAX_V + i } else { i - 2_000 })
        .collect();
    emit_case("interleaved-max", &nums);
    let nums: Vec<i64> = (0..MAX_N).map(|_| if rng.chance(0.5) { -MAX_V } else { MAX_V }).collect();
    emit_case("extremes-max", &nums);
}
