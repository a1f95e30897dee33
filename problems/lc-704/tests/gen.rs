use judge_harness::r#gen::{Rng, emit, list, sized};

const MAX_N: usize = 10_000;
// -10^4 < nums[i], target < 10^4
const LO: i64 = -9_999;
const HI: i64 = 9_999;

/// `n` distinct values from `lo..=hi`, sorted ascending.
fn sorted_distinct(rng: &mut Rng, n: usize, lo: i64, hi: i64) -> Vec<i64> {
    let mut all: Vec<i64> = (lo..=hi).collect();
    rng.shuffle(&mut all);
    all.truncate(n);
    all.sort();
    all
}

/// A value missing from `nums` that lies strictly between two of its
/// neighbouring elements, if there is such a gap.
fn gap(nums: &[i64], rng: &mut Rng) -> Option<i64> {
    let gaps: Vec<usize> = (1..nums.len()).filter(|&i| nums[i] - nums[i - 1] > 1).collect();
    if gaps.is_empty() {
        return None;
    }
    let i = *rng.pick(&gaps);
    Some(rng.range(nums[i - 1] + 1, nums[i] - 1))
}

fn emit_case(name: &str, nums: &[i64], target: i64) {
    emit(name, &format!("[{},{}]", list(nums), target));
}

/// A random valid input of size `n` (1 <= n <= 10^4): distinct sorted
/// values, and a target that is present half of the time.
fn random(rng: &mut Rng, n: usize) -> String {
    let spread = (n as i64 * 3).clamp(20, HI);
    let nums = sorted_distinct(rng, n, -spread.min(-LO), spread);
    let target = if rng.chance(0.5) {
        *rng.pick(&nums)
    } else {
        rng.range(-spread.min(-LO), spread)
    };
    format!("[{},{}]", list(&nums), target)
}

fn main() {
    sized(random);
    let mut rng = Rng::new(704);

    // Small arrays, targets both present and absent (also below and above all).
    for i in 0..30 {
        let n = 1 + rng.below(12);
        let nums = sorted_distinct(&mut rng, n, -20, 20);
        let target = if rng.chance(0.5) { *rng.pick(&nums) } else { rng.range(-22, 22) };
        emit_case(&format!("small-{i}"), &nums, target);
    }

    // Maximum length over the whole value range.
    let nums = sorted_distinct(&mut rng, MAX_N, LO, HI);
    emit_case("max-first", &nums, nums[0]);
    emit_case("max-last", &nums, nums[MAX_N - 1]);
    emit_case("max-middle", &nums, nums[MAX_N / 2]);
    for i in 0..3 {
        let target = *rng.pick(&nums);
        emit_case(&format!("max-present-{i}"), &nums, target);
    }
    for i in 0..3 {
        let target = gap(&nums, &mut rng).unwrap();
        emit_case(&format!("max-absent-{i}"), &nums, target);
    }

    // Targets outside the array: below the first and above the last value.
    let nums = sorted_distinct(&mut rng, MAX_N, LO + 100, HI - 100);
    emit_case("max-target-below", &nums, LO);
    emit_case("max-target-above", &nums, HI);

    // Consecutive values: no gaps; and every odd value from -9999 to 9999:
    // a gap after each.
    let nums: Vec<i64> = (-5_000..5_000).collect();
    emit_case("consecutive-present", &nums, -4_999);
    emit_case("consecutive-below", &nums, -5_001);
    let nums: Vec<i64> = (0..MAX_N as i64).map(|i| LO + 2 * i).collect();
    emit_case("odd-values-absent", &nums, 0);
    emit_case("odd-values-present", &nums, nums[MAX_N - 2]);
}
