use judge_harness::r#gen::{Rng, emit, list, sized};

const MAX_N: usize = 100;
const MAX_V: i64 = 400;

fn emit_case(name: &str, nums: &[i64]) {
    emit(name, &format!("[{}]", list(nums)));
}

/// A random valid input of `n` houses (1 <= n <= 100). The values span a
/// range that grows with n, so small rows have ties and zeros.
fn random(rng: &mut Rng, n: usize) -> String {
    let hi = (4 * n as i64 + 3).min(MAX_V);
    let nums: Vec<i64> = (0..n).map(|_| rng.range(0, hi)).collect();
    format!("[{}]", list(&nums))
}

fn main() {
    sized(random);
    let mut rng = Rng::new(198);

    // Small rows for the brute-force cross-check: full value range, and tiny
    // values where ties and zeros are frequent.
    for i in 0..20 {
        let n = 1 + rng.below(20);
        let nums: Vec<i64> = (0..n).map(|_| rng.range(0, MAX_V)).collect();
        emit_case(&format!("small-{i}"), &nums);
    }
    for i in 0..12 {
        let n = 1 + rng.below(22);
        let nums: Vec<i64> = (0..n).map(|_| rng.range(0, 4)).collect();
        emit_case(&format!("small-tiny-values-{i}"), &nums);
    }

    // Maximum length, random values.
    for i in 0..4 {
        let nums: Vec<i64> = (0..MAX_N).map(|_| rng.range(0, MAX_V)).collect();
        emit_case(&format!("random-max-{i}"), &nums);
    }

    // Groups "big, small, small" repeated: the best plan skips two houses in a
    // row many times, so neither parity class is optimal.
    let nums: Vec<i64> = (0..MAX_N)
        .map(|i| if i % 3 == 0 { rng.range(300, MAX_V) } else { rng.range(0, 100) })
        .collect();
    emit_case("double-skips-max", &nums);

    // Alternating high/low, and a rich house between two moderate ones.
    let nums: Vec<i64> = (0..MAX_N).map(|i| if i % 2 == 0 { MAX_V } else { 1 }).collect();
    emit_case("alternating-max", &nums);
    let nums: Vec<i64> = (0..MAX_N).map(|i| [300, 400, 300, 0][i % 4]).collect();
    emit_case("rich-middles-max", &nums);

    // Monotone rows, all zeros, and all at the maximum value.
    let nums: Vec<i64> = (0..MAX_N as i64).map(|i| i * 4).collect();
    emit_case("increasing-max", &nums);
    let nums: Vec<i64> = (0..MAX_N as i64).rev().map(|i| i * 4).collect();
    emit_case("decreasing-max", &nums);
    emit_case("all-zero-max", &vec![0; MAX_N]);
    emit_case("all-max-odd-length", &vec![MAX_V; MAX_N - 1]);
}
