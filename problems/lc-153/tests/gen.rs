use judge_harness::r#gen::{Rng, emit, list, sized};

const MAX_N: usize = 5_000;
const MAX_V: i64 = 5_000;

/// `n` distinct values from `lo..=hi`, sorted ascending.
fn sorted_distinct(rng: &mut Rng, n: usize, lo: i64, hi: i64) -> Vec<i64> {
    let mut all: Vec<i64> = (lo..=hi).collect();
    rng.shuffle(&mut all);
    all.truncate(n);
    all.sort();
    all
}

/// The sorted array rotated `times` times (1..=n): its last `times % n`
/// elements moved to the front.
fn rotated(sorted: &[i64], times: usize) -> Vec<i64> {
    let n = sorted.len();
    let r = times % n;
    let mut v = sorted[n - r..].to_vec();
    v.extend_from_slice(&sorted[..n - r]);
    v
}

fn emit_case(name: &str, nums: &[i64]) {
    assert!((1..=MAX_N).contains(&nums.len()));
    emit(name, &format!("[{}]", list(nums)));
}

/// A random valid input of `n` numbers (1 <= n <= 5000): distinct values
/// from a range that grows with n, sorted and rotated a random number of
/// times between 1 and n.
fn random(rng: &mut Rng, n: usize) -> String {
    let span = (2 * n as i64 + 3).min(MAX_V);
    let sorted = sorted_distinct(rng, n, -span, span);
    let times = 1 + rng.below(n);
    format!("[{}]", list(&rotated(&sorted, times)))
}

fn main() {
    sized(random);
    let mut rng = Rng::new(153);

    // Small arrays, every number of rotations from 1 to n.
    for i in 0..40 {
        let n = 1 + rng.below(12);
        let sorted = sorted_distinct(&mut rng, n, -20, 20);
        let times = 1 + rng.below(n);
        emit_case(&format!("small-{i}"), &rotated(&sorted, times));
    }

    // Maximum length over the whole value range: rotations near both ends,
    // in the middle and at random.
    let rotations = [1, 2, MAX_N / 2, MAX_N / 2 + 1, MAX_N - 2, MAX_N - 1, MAX_N, 1_111, 3_889];
    for (i, &times) in rotations.iter().enumerate() {
        let sorted = sorted_distinct(&mut rng, MAX_N, -MAX_V, MAX_V);
        emit_case(&format!("rotated-{times}-max-{i}"), &rotated(&sorted, times));
    }
    // Random values plus both bounds, -5000 and 5000, rotated once (the
    // extremes side by side) and n times (sorted).
    let sorted = sorted_distinct(&mut rng, MAX_N, -MAX_V, MAX_V);
    let mut full: Vec<i64> = sorted.clone();
    full[0] = -MAX_V;
    full[MAX_N - 1] = MAX_V;
    full.sort();
    full.dedup();
    let n = full.len();
    emit_case("extremes-adjacent-max", &rotated(&full, 1));
    emit_case("extremes-sorted-max", &rotated(&full, n));
    // Consecutive values.
    let sorted: Vec<i64> = (-2_500..2_500).collect();
    for times in [1, 2_500, 4_999, 5_000] {
        emit_case(&format!("consecutive-{times}-max"), &rotated(&sorted, times));
    }
}
