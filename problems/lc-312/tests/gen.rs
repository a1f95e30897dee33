use judge_harness::r#gen::{Rng, emit, list, sized};

const MAX_N: usize = 300;
const MAX_V: i64 = 100;

fn emit_case(name: &str, nums: &[i64]) {
    emit(name, &format!("[{}]", list(nums)));
}

/// A random valid input of `n` balloons (1 <= n <= 300): values 0..=100,
/// sometimes from a narrow range (many ties) and sometimes with many zeros.
fn random(rng: &mut Rng, n: usize) -> String {
    let hi = if rng.chance(0.3) { rng.range(1, 5) } else { MAX_V };
    let zeros = if rng.chance(0.3) { 0.3 } else { 0.02 };
    let nums: Vec<i64> = (0..n).map(|_| if rng.chance(zeros) { 0 } else { rng.range(1, hi) }).collect();
    format!("[{}]", list(&nums))
}

fn main() {
    sized(random);
    let mut rng = Rng::new(312);

    // Short rows for the brute-force cross-check (it tries every order).
    for i in 0..24 {
        let n = 1 + rng.below(8);
        let nums: Vec<i64> = (0..n).map(|_| rng.range(0, MAX_V)).collect();
        emit_case(&format!("small-{i}"), &nums);
    }
    for i in 0..12 {
        let n = 1 + rng.below(8);
        let nums: Vec<i64> = (0..n).map(|_| rng.range(0, 4)).collect();
        emit_case(&format!("small-tiny-values-{i}"), &nums);
    }

    // Maximum length: random values, and random values with many zeros.
    for i in 0..3 {
        let nums: Vec<i64> = (0..MAX_N).map(|_| rng.range(0, MAX_V)).collect();
        emit_case(&format!("random-max-{i}"), &nums);
    }
    let nums: Vec<i64> = (0..MAX_N).map(|_| if rng.chance(0.4) { 0 } else { rng.range(1, MAX_V) }).collect();
    emit_case("many-zeros-max", &nums);
    // Every balloon at 100 (the largest possible answer), all ones, all zeros.
    emit_case("all-max-max", &vec![MAX_V; MAX_N]);
    emit_case("all-ones-max", &vec![1; MAX_N]);
    emit_case("all-zero-max", &vec![0; MAX_N]);
    // Monotone rows, alternating large and small, and a valley.
    let nums: Vec<i64> = (0..MAX_N as i64).map(|i| i / 3 + 1).collect();
    emit_case("increasing-max", &nums);
    let nums: Vec<i64> = (0..MAX_N as i64).map(|i| MAX_V - i / 3).collect();
    emit_case("decreasing-max", &nums);
    let nums: Vec<i64> = (0..MAX_N).map(|i| if i % 2 == 0 { MAX_V } else { 1 }).collect();
    emit_case("alternating-max", &nums);
    let nums: Vec<i64> = (0..MAX_N as i64).map(|i| (i - 150).abs() / 2 + 1).collect();
    emit_case("valley-max", &nums);
}
