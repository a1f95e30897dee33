use judge_harness::r#gen::{Rng, emit, list, sized};
use std::collections::HashMap;

const MAX_N: usize = 100_000;
const V: i64 = 10_000;

/// The values of k for which the answer is unique: the k-th highest count is
/// above the (k+1)-th, or k is the number of distinct values.
fn valid_ks(nums: &[i64]) -> Vec<usize> {
    let mut counts: HashMap<i64, usize> = HashMap::new();
    for &x in nums {
        *counts.entry(x).or_insert(0) += 1;
    }
    let mut c: Vec<usize> = counts.into_values().collect();
    c.sort_by(|a, b| b.cmp(a));
    (1..=c.len()).filter(|&k| k == c.len() || c[k - 1] > c[k]).collect()
}

fn case(name: &str, nums: &[i64], k: usize) {
    assert!(!nums.is_empty() && nums.len() <= MAX_N);
    assert!(nums.iter().all(|x| x.abs() <= V));
    assert!(valid_ks(nums).contains(&k), "case {name}: k = {k} does not give a unique answer");
    emit(name, &format!("[{},{}]", list(nums), k));
}

/// Each value repeated by its count, shuffled.
fn expand(rng: &mut Rng, counts: &[(i64, usize)]) -> Vec<i64> {
    let mut nums = Vec::new();
    for &(x, c) in counts {
        nums.extend(std::iter::repeat(x).take(c));
    }
    rng.shuffle(&mut nums);
    nums
}

/// `d` distinct values from the whole range.
fn distinct_values(rng: &mut Rng, d: usize) -> Vec<i64> {
    let mut all: Vec<i64> = (-V..=V).collect();
    rng.shuffle(&mut all);
    all.truncate(d);
    all
}

/// A random valid input of `n` numbers (1 <= n <= 10^5): values in
/// -(n/2+2)..=n/2+2 (capped at 10^4), so counts tie often; a share of the
/// numbers (none, 30% or 60%, drawn per input) favour the low values, which
/// gives a few frequent values with distinct counts. k is drawn among the
/// values for which the answer is unique.
fn random(rng: &mut Rng, n: usize) -> String {
    let span = (n as i64 / 2 + 2).min(V);
    let m = (2 * span + 1) as usize;
    let skew = [0.0, 0.3, 0.6][rng.below(3)];
    let nums: Vec<i64> = (0..n)
        .map(|_| {
            if rng.chance(skew) {
                let r = rng.below(m) + 1;
                -span + rng.below(r) as i64
            } else {
                rng.range(-span, span)
            }
        })
        .collect();
    let ks = valid_ks(&nums);
    let k = *rng.pick(&ks);
    format!("[{},{}]", list(&nums), k)
}

fn main() {
    sized(random);
    let mut rng = Rng::new(347);

    // Small random cases with many repeats, for the brute-force cross-check.
    for i in 0..36 {
        let n = 1 + rng.below(14);
        let span = [2, 4, 8, V][i % 4];
        let nums: Vec<i64> = (0..n).map(|_| rng.range(-span, span)).collect();
        let ks = valid_ks(&nums);
        let k = *rng.pick(&ks);
        case(&format!("small-{i}"), &nums, k);
    }

    // Maximum length, values from the whole range: every value occurs about
    // five times, so many counts tie; k sits between two different counts.
    for i in 0..3 {
        let nums: Vec<i64> = (0..MAX_N).map(|_| rng.range(-V, V)).collect();
        let ks = valid_ks(&nums);
        let k = ks[ks.len() / (2 + i)];
        case(&format!("random-max-{i}"), &nums, k);
    }

    // Every possible value, with strongly skewed counts (about n / rank).
    let values = distinct_values(&mut rng, 20_001);
    let mut counts: Vec<(i64, usize)> = values.iter().enumerate().map(|(r, &x)| (x, 1 + 8_000 / (r + 1))).collect();
    let total: usize = counts.iter().map(|c| c.1).sum();
    counts[0].1 += MAX_N - total;
    let nums = expand(&mut rng, &counts);
    case("skewed-max-k1", &nums, 1);
    case("skewed-max-k20", &nums, 20);
    let ks = valid_ks(&nums);
    case("skewed-max-k-last-gap", &nums, ks[ks.len() - 2]);

    // Each value exactly once: every count ties, so k is all of them.
    let values = distinct_values(&mut rng, 20_001);
    case("all-distinct-k-all", &values, values.len());

    // Every count different: 1 + 2 + ... + 446 = 99_681 elements.
    let values = distinct_values(&mut rng, 446);
    let counts: Vec<(i64, usize)> = values.iter().enumerate().map(|(i, &x)| (x, i + 1)).collect();
    let nums = expand(&mut rng, &counts);
    case("staircase-max-k1", &nums, 1);
    case("staircase-max-k223", &nums, 223);
    case("staircase-max-k-all", &nums, 446);

    // One value everywhere.
    case("all-equal-max", &vec![-V; MAX_N], 1);

    // Only the two extreme values, one of them more often.
    let nums = expand(&mut rng, &[(-V, 50_001), (V, 49_999)]);
    case("extremes-max-k1", &nums, 1);
    case("extremes-max-k2", &nums, 2);

    // All possible values once in a row, then the last of them repeated: the
    // value found last in a list of distinct values is the frequent one.
    let mut nums: Vec<i64> = (-V..=V).collect();
    nums.extend(std::iter::repeat(V).take(MAX_N - nums.len()));
    case("late-heavy-max", &nums, 1);

    // Sorted input: 20_001 values, half of them three times and half twice.
    let mut nums = Vec::new();
    for x in -V..=V {
        let c = if x >= 0 { 3 } else { 2 };
        nums.extend(std::iter::repeat(x).take(c));
    }
    nums.sort();
    case("sorted-two-tiers", &nums, 10_001);
}
