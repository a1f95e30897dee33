use judge_harness::r#gen::{Rng, emit, list, sized};

const MAX_N: usize = 5_000;
const MAX_V: i64 = 10_000;

/// `n` distinct values from `lo..=hi`, sorted ascending.
fn sorted_distinct(rng: &mut Rng, n: usize, lo: i64, hi: i64) -> Vec<i64> {
    let mut all: Vec<i64> = (lo..=hi).collect();
    rng.shuffle(&mut all);
    all.truncate(n);
    all.sort();
    all
}

/// The sorted array with its last `r` elements moved to the front.
fn rotated(sorted: &[i64], r: usize) -> Vec<i64> {
    let n = sorted.len();
    let mut v = sorted[n - r..].to_vec();
    v.extend_from_slice(&sorted[..n - r]);
    v
}

/// A value in range that is not in `sorted`, if any.
fn absent(rng: &mut Rng, sorted: &[i64]) -> Option<i64> {
    let gaps: Vec<usize> = (1..sorted.len()).filter(|&i| sorted[i] - sorted[i - 1] > 1).collect();
    if gaps.is_empty() {
        return None;
    }
    let i = *rng.pick(&gaps);
    Some(rng.range(sorted[i - 1] + 1, sorted[i] - 1))
}

fn emit_case(name: &str, nums: &[i64], target: i64) {
    assert!((1..=MAX_N).contains(&nums.len()) && target.abs() <= MAX_V);
    emit(name, &format!("[{},{}]", list(nums), target));
}

/// A random valid input of `n` distinct values (1 <= n <= 5000) from a range
/// that grows with n, rotated at a random point; the target is present half
/// of the time.
fn random(rng: &mut Rng, n: usize) -> String {
    let spread = (3 * n as i64).clamp(20, MAX_V);
    let sorted = sorted_distinct(rng, n, -spread, spread);
    let nums = rotated(&sorted, rng.below(n));
    let target = if rng.chance(0.5) { *rng.pick(&nums) } else { rng.range(-spread - 2, spread + 2).clamp(-MAX_V, MAX_V) };
    format!("[{},{}]", list(&nums), target)
}

fn main() {
    sized(random);
    let mut rng = Rng::new(33);

    // Small arrays, every rotation, targets present and absent.
    for i in 0..40 {
        let n = 1 + rng.below(12);
        let sorted = sorted_distinct(&mut rng, n, -20, 20);
        let nums = rotated(&sorted, rng.below(n));
        let target = if i % 3 == 2 { rng.range(-22, 22) } else { *rng.pick(&nums) };
        emit_case(&format!("small-{i}"), &nums, target);
    }

    // Maximum length over the whole value range, with rotations at and
    // near both ends and in between.
    let rotations = [0, 1, 2, MAX_N / 2, MAX_N - 2, MAX_N - 1, 1_234, 3_777];
    for (i, &r) in rotations.iter().enumerate() {
        let sorted = sorted_distinct(&mut rng, MAX_N, -MAX_V, MAX_V);
        let nums = rotated(&sorted, r);
        let pivot = r % MAX_N;
        let name = |what: &str| format!("rot{i}-{what}-max");
        emit_case(&name("first"), &nums, nums[0]);
        emit_case(&name("last"), &nums, nums[MAX_N - 1]);
        emit_case(&name("smallest"), &nums, nums[pivot]);
        emit_case(&name("largest"), &nums, nums[(pivot + MAX_N - 1) % MAX_N]);
        let t = *rng.pick(&nums);
        emit_case(&name("random"), &nums, t);
        let t = absent(&mut rng, &sorted).unwrap();
        emit_case(&name("absent"), &nums, t);
    }

    // Values well inside the range; targets below and above all of them.
    let sorted = sorted_distinct(&mut rng, MAX_N, -9_000, 9_000);
    let nums = rotated(&sorted, 2_000);
    emit_case("below-all-max", &nums, -MAX_V);
    emit_case("above-all-max", &nums, MAX_V);

    // Consecutive values: no gaps at all.
    let sorted: Vec<i64> = (-2_500..2_500).collect();
    let nums = rotated(&sorted, 4_321);
    emit_case("consecutive-max", &nums, 0);
    emit_case("consecutive-below-max", &nums, -2_501);
    // The whole range's extremes.
    let mut sorted = sorted_distinct(&mut rng, MAX_N - 2, -MAX_V + 1, MAX_V - 1);
    sorted.insert(0, -MAX_V);
    sorted.push(MAX_V);
    let nums = rotated(&sorted, 999);
    emit_case("extreme-min-max", &nums, -MAX_V);
    emit_case("extreme-max-max", &nums, MAX_V);
}
