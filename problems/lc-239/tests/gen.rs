use judge_harness::r#gen::{Rng, emit, list, sized};

const MAX_N: usize = 100_000;
const MAX_V: i64 = 10_000;

fn emit_case(name: &str, nums: &[i64], k: usize) {
    assert!(!nums.is_empty() && nums.len() <= MAX_N && (1..=nums.len()).contains(&k));
    assert!(nums.iter().all(|v| v.abs() <= MAX_V));
    emit(name, &format!("[{},{}]", list(nums), k));
}

fn random_values(rng: &mut Rng, n: usize, span: i64) -> Vec<i64> {
    (0..n).map(|_| rng.range(-span, span)).collect()
}

/// A random valid input of `n` numbers (1 <= n <= 10^5) from a range that
/// grows with n (so small arrays repeat values), and a random k in 1..=n.
/// The first half falls, from the top of the range and above everything
/// after it: while the window's left end is in it, the window's maximum
/// is its leftmost number, which leaves at every step (a solution that
/// scans the window again then does k steps each time, about n^2 in all).
fn random(rng: &mut Rng, n: usize) -> String {
    let span = (2 * n as i64 + 3).min(MAX_V);
    let top = span / 2;
    let mut nums: Vec<i64> = (0..n / 2).map(|_| rng.range(top, span)).collect();
    nums.sort_unstable_by(|a, b| b.cmp(a));
    nums.extend((n / 2..n).map(|_| rng.range(-span, top - 1)));
    let k = 1 + rng.below(n);
    format!("[{},{}]", list(&nums), k)
}

fn main() {
    sized(random);
    let mut rng = Rng::new(239);

    // Small arrays with many repeated values, every k, for the brute force.
    for i in 0..30 {
        let n = 1 + rng.below(15);
        let span = 1 + rng.below(5) as i64;
        let nums = random_values(&mut rng, n, span);
        let k = 1 + rng.below(n);
        emit_case(&format!("small-{i}"), &nums, k);
    }
    for i in 0..6 {
        let n = 100 + rng.below(900);
        let nums = random_values(&mut rng, n, MAX_V);
        let k = 1 + rng.below(n);
        emit_case(&format!("medium-{i}"), &nums, k);
    }

    // Maximum length over the whole value range, k from 1 to n.
    let half = MAX_N / 2;
    for (i, k) in [half, half + 1_234, 1, 2, 317, MAX_N].into_iter().enumerate() {
        let nums = random_values(&mut rng, MAX_N, MAX_V);
        emit_case(&format!("random-max-{i}"), &nums, k);
    }
    // Non-increasing (each value five times): the maximum of every window
    // is its leftmost element, which leaves at the next step.
    let nums: Vec<i64> = (0..MAX_N as i64).map(|i| MAX_V - i / 5).collect();
    emit_case("non-increasing-max", &nums, half);
    emit_case("non-increasing-small-k-max", &nums, 3);
    // Non-decreasing: the newest element is always the maximum.
    let mut rev = nums.clone();
    rev.reverse();
    emit_case("non-decreasing-max", &rev, half);
    // All equal.
    emit_case("all-equal-max", &vec![-MAX_V; MAX_N], half);
    // Sawtooth: descending runs of 1 000, so the deque grows long.
    let nums: Vec<i64> = (0..MAX_N as i64).map(|i| MAX_V - 2 * (i % 1_000)).collect();
    emit_case("sawtooth-max", &nums, 2_500);
    // Two values only, in long random runs.
    let mut nums = Vec::with_capacity(MAX_N);
    while nums.len() < MAX_N {
        let v = if rng.chance(0.5) { MAX_V } else { -MAX_V };
        let run = 1 + rng.below(50);
        nums.extend(std::iter::repeat(v).take(run.min(MAX_N - nums.len())));
    }
    emit_case("two-values-max", &nums, 40);
}
