use judge_harness::r#gen::{Rng, emit, list, sized};

const MAX_N: usize = 100;
const MAX_V: i64 = 1000;

fn emit_case(name: &str, nums: &[i64]) {
    emit(name, &format!("[{}]", list(nums)));
}

/// A random valid input of `n` houses on a circle (1 <= n <= 100). The
/// values span a range that grows with n, so small circles have ties and
/// zeros; now and then the first and last houses are made rich.
fn random(rng: &mut Rng, n: usize) -> String {
    let hi = (10 * n as i64 + 3).min(MAX_V);
    let mut nums: Vec<i64> = (0..n).map(|_| rng.range(0, hi)).collect();
    if n > 1 && rng.chance(0.3) {
        nums[0] = rng.range(hi / 2, hi);
        nums[n - 1] = rng.range(hi / 2, hi);
    }
    format!("[{}]", list(&nums))
}

fn main() {
    sized(random);
    let mut rng = Rng::new(213);

    // Small circles for the brute-force cross-check.
    for i in 0..20 {
        let n = 1 + rng.below(18);
        let nums: Vec<i64> = (0..n).map(|_| rng.range(0, MAX_V)).collect();
        emit_case(&format!("small-{i}"), &nums);
    }
    for i in 0..10 {
        let n = 1 + rng.below(20);
        let nums: Vec<i64> = (0..n).map(|_| rng.range(0, 4)).collect();
        emit_case(&format!("small-tiny-values-{i}"), &nums);
    }
    // Small circles whose two ends are the richest houses.
    for i in 0..6 {
        let n = 2 + rng.below(16);
        let mut nums: Vec<i64> = (0..n).map(|_| rng.range(0, 100)).collect();
        nums[0] = rng.range(500, MAX_V);
        nums[n - 1] = rng.range(500, MAX_V);
        emit_case(&format!("small-rich-ends-{i}"), &nums);
    }

    // Maximum length, random values.
    for i in 0..3 {
        let nums: Vec<i64> = (0..MAX_N).map(|_| rng.range(0, MAX_V)).collect();
        emit_case(&format!("random-max-{i}"), &nums);
    }
    // Rich first and last houses on a long circle, odd and even lengths.
    let mut nums: Vec<i64> = (0..MAX_N).map(|_| rng.range(0, 300)).collect();
    nums[0] = MAX_V;
    nums[MAX_N - 1] = MAX_V;
    emit_case("rich-ends-max", &nums);
    let mut nums: Vec<i64> = (0..MAX_N - 1).map(|_| rng.range(0, 300)).collect();
    nums[0] = MAX_V;
    nums[MAX_N - 2] = MAX_V - 1;
    emit_case("rich-ends-odd-length", &nums);

    // Groups "big, small, small" (double skips), alternating values, and
    // monotone, all-zero and all-maximum circles.
    let nums: Vec<i64> = (0..MAX_N)
        .map(|i| if i % 3 == 0 { rng.range(800, MAX_V) } else { rng.range(0, 200) })
        .collect();
    emit_case("double-skips-max", &nums);
    let nums: Vec<i64> = (0..MAX_N).map(|i| if i % 2 == 0 { MAX_V } else { 1 }).collect();
    emit_case("alternating-max", &nums);
    let nums: Vec<i64> = (0..MAX_N - 1).map(|i| if i % 2 == 0 { MAX_V } else { 1 }).collect();
    emit_case("alternating-odd-length", &nums);
    let nums: Vec<i64> = (0..MAX_N as i64).map(|i| i * 10).collect();
    emit_case("increasing-max", &nums);
    emit_case("all-zero-max", &vec![0; MAX_N]);
    emit_case("all-max-max", &vec![MAX_V; MAX_N]);
    emit_case("all-max-odd-length", &vec![MAX_V; MAX_N - 1]);
}
