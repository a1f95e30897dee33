use judge_harness::r#gen::{Rng, emit, list, sized};

const MAX_N: usize = 10_000;
const MAX_VAL: i64 = 1000;

/// Makes the last index reachable: sweeping left to right, wherever the
/// indices so far cannot get past `i`, gives `nums[i]` a jump of 1..=cap.
fn repair(rng: &mut Rng, nums: &mut [i64], cap: i64) {
    let n = nums.len();
    let mut reach = 0usize;
    for i in 0..n.saturating_sub(1) {
        reach = reach.max(i + nums[i] as usize);
        if reach <= i {
            nums[i] = rng.range(1, cap.max(1));
            reach = i + nums[i] as usize;
        }
    }
}

/// Values in 0..=cap, each zero with probability `zeros`, then repaired.
fn random_with(rng: &mut Rng, n: usize, cap: i64, zeros: f64) -> Vec<i64> {
    let mut nums: Vec<i64> =
        (0..n).map(|_| if rng.chance(zeros) { 0 } else { rng.range(0, cap) }).collect();
    repair(rng, &mut nums, cap);
    nums
}

/// A random valid input of size n (1 <= n <= 10^4): the largest value is
/// one of a few caps from 1 to 1000, some values are zeroed, and the jumps
/// the route needs are put back so the last index stays reachable.
fn random(rng: &mut Rng, n: usize) -> String {
    let cap = *rng.pick(&[1, 2, 3, 5, 10, 30, 100, 1000]);
    let zeros = *rng.pick(&[0.0, 0.2, 0.5, 0.8]);
    format!("[{}]", list(&random_with(rng, n, cap, zeros)))
}

fn put(name: &str, nums: &[i64]) {
    assert!((1..=MAX_N).contains(&nums.len()), "{name}: length");
    assert!(nums.iter().all(|&v| (0..=MAX_VAL).contains(&v)), "{name}: values");
    let mut reach = 0usize;
    for (i, &v) in nums.iter().enumerate() {
        assert!(i <= reach, "{name}: index {i} unreachable");
        reach = reach.max(i + v as usize);
    }
    emit(name, &format!("[{}]", list(nums)));
}

fn main() {
    sized(random);
    let mut rng = Rng::new(45);

    // Small random cases for the brute-force cross-check.
    for i in 0..36 {
        let n = 1 + rng.below(14);
        let cap = *rng.pick(&[1, 2, 3, 4, 6]);
        let zeros = *rng.pick(&[0.0, 0.3, 0.6]);
        let nums = random_with(&mut rng, n, cap, zeros);
        put(&format!("small-{i}"), &nums);
    }

    let n = MAX_N;
    // Every value 1: n - 1 jumps; rescanning from the start each step is quadratic.
    put("max-all-ones", &vec![1; n]);
    // Every value 1000: exponentially many routes for a search without memory.
    put("max-all-1000", &vec![MAX_VAL; n]);
    put("max-all-twos", &vec![2; n]);
    // Random values with different caps and amounts of zeros.
    put("max-random-cap-1000", &random_with(&mut rng, n, 1000, 0.0));
    put("max-random-cap-10", &random_with(&mut rng, n, 10, 0.2));
    put("max-random-cap-3-zeros", &random_with(&mut rng, n, 3, 0.5));
    put("max-random-cap-100-sparse", &random_with(&mut rng, n, 100, 0.9));
    // Only every 1000th index has a jump, exactly long enough.
    let spaced: Vec<i64> = (0..n).map(|i| if i % 1000 == 0 { MAX_VAL } else { 0 }).collect();
    put("max-spaced-1000", &spaced);
    // Decreasing values: the first jumps look long but the tail is slow.
    let desc: Vec<i64> = (0..n).map(|i| ((n - i) as i64).min(MAX_VAL).min(((n - 1 - i) as i64 / 7).max(1))).collect();
    put("max-descending", &desc);
    // Long jumps that land on ones: the longest jump is always the worst choice.
    let traps: Vec<i64> = (0..n).map(|i| if i % 10 == 0 { 9 } else if i % 10 == 1 { 10 } else { 1 }).collect();
    put("max-long-jumps-land-on-ones", &traps);
    // Rising values.
    let rising: Vec<i64> = (0..n).map(|i| (i as i64 / 10 + 1).min(MAX_VAL)).collect();
    put("max-rising", &rising);
}
