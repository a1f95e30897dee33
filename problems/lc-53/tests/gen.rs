use judge_harness::r#gen::{Rng, emit, list, sized};

const MAX_N: usize = 100_000;
const MAX_V: i64 = 10_000;

fn emit_case(name: &str, nums: &[i64]) {
    emit(name, &format!("[{}]", list(nums)));
}

/// A random valid input of `n` numbers (1 <= n <= 10^5). The values are
/// drawn from a range slightly biased either way, so that the best block is
/// sometimes short, sometimes most of the array, and sometimes one number.
fn random(rng: &mut Rng, n: usize) -> String {
    let hi = (2 * n as i64 + 3).min(MAX_V);
    let bias = rng.range(-hi / 4, hi / 4);
    let nums: Vec<i64> = (0..n).map(|_| (rng.range(-hi, hi) + bias).clamp(-MAX_V, MAX_V)).collect();
    format!("[{}]", list(&nums))
}

fn main() {
    sized(random);
    let mut rng = Rng::new(53);

    // Small arrays for the brute-force cross-check.
    for i in 0..20 {
        let n = 1 + rng.below(30);
        let nums: Vec<i64> = (0..n).map(|_| rng.range(-20, 20)).collect();
        emit_case(&format!("small-{i}"), &nums);
    }
    // Mostly negative small arrays, and arrays with the full value range.
    for i in 0..8 {
        let n = 1 + rng.below(12);
        let nums: Vec<i64> = (0..n).map(|_| rng.range(-30, 3)).collect();
        emit_case(&format!("small-negative-{i}"), &nums);
    }
    for i in 0..8 {
        let n = 1 + rng.below(40);
        let nums: Vec<i64> = (0..n).map(|_| rng.range(-MAX_V, MAX_V)).collect();
        emit_case(&format!("small-wide-{i}"), &nums);
    }

    // Maximum length: random values, unbiased and slightly biased.
    for i in 0..3 {
        let nums: Vec<i64> = (0..MAX_N).map(|_| rng.range(-MAX_V, MAX_V)).collect();
        emit_case(&format!("random-max-{i}"), &nums);
    }
    let nums: Vec<i64> = (0..MAX_N).map(|_| rng.range(-MAX_V, MAX_V - 200)).collect();
    emit_case("random-max-leaning-negative", &nums);

    // All numbers negative, all at the minimum, all at the maximum (the
    // answer is then 10^9, the largest possible).
    let nums: Vec<i64> = (0..MAX_N).map(|_| rng.range(-MAX_V, -1)).collect();
    emit_case("all-negative-max", &nums);
    emit_case("all-min-max", &vec![-MAX_V; MAX_N]);
    emit_case("all-max-max", &vec![MAX_V; MAX_N]);

    // Long runs of positives separated by single dips that are worth crossing.
    let nums: Vec<i64> = (0..MAX_N).map(|i| if i % 100 == 99 { -rng.range(1, 1000) } else { rng.range(0, 50) }).collect();
    emit_case("shallow-dips-max", &nums);
    // Alternating large positive and slightly larger negative numbers.
    let nums: Vec<i64> = (0..MAX_N).map(|i| if i % 2 == 0 { MAX_V - 1 } else { -MAX_V }).collect();
    emit_case("alternating-max", &nums);
    // Increasing, then decreasing values around zero.
    let nums: Vec<i64> = (0..MAX_N as i64).map(|i| i / 5 - MAX_V).collect();
    emit_case("increasing-max", &nums);
    let nums: Vec<i64> = (0..MAX_N as i64).map(|i| MAX_V - i / 5).collect();
    emit_case("decreasing-max", &nums);
    // Zeros everywhere but one negative number.
    let mut nums = vec![0i64; MAX_N];
    nums[MAX_N / 2] = -1;
    emit_case("zeros-max", &nums);
}
