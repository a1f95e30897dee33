use judge_harness::r#gen::{Rng, emit, list, sized};
use std::collections::{HashMap, HashSet};

const MAX_N: usize = 10_000;
const V: i64 = 1_000_000_000;

/// An array of length `n` whose only pair summing to `target` sits at
/// positions `i < j` with values `a` and `target - a`. The other values are
/// drawn by `draw` and rejected when they would form a second pair.
fn build(rng: &mut Rng, n: usize, target: i64, a: i64, (i, j): (usize, usize), draw: &mut dyn FnMut(&mut Rng) -> i64) -> Vec<i64> {
    let b = target - a;
    assert!(i < j && j < n);
    assert!(a.abs() <= V && b.abs() <= V && target.abs() <= V);
    let mut present: HashSet<i64> = HashSet::new();
    present.insert(a);
    present.insert(b);
    let mut nums = vec![0; n];
    nums[i] = a;
    nums[j] = b;
    for k in 0..n {
        if k == i || k == j {
            continue;
        }
        let mut tries = 0;
        let v = loop {
            // Fall back to the whole range if the given distribution is exhausted.
            let v = if tries < 50 { draw(rng) } else { rng.range(-V, V) };
            tries += 1;
            if v.abs() <= V && 2 * v != target && !present.contains(&(target - v)) {
                break v;
            }
        };
        present.insert(v);
        nums[k] = v;
    }
    nums
}

fn check_unique(nums: &[i64], target: i64) {
    // Counts the pairs of positions i < j with nums[i] + nums[j] == target.
    let mut count: HashMap<i64, usize> = HashMap::new();
    let mut pairs = 0;
    for &x in nums {
        pairs += count.get(&(target - x)).copied().unwrap_or(0);
        *count.entry(x).or_insert(0) += 1;
    }
    assert_eq!(pairs, 1, "the case must have exactly one answer");
}

fn case(name: &str, nums: &[i64], target: i64) {
    assert!(nums.len() >= 2 && nums.len() <= MAX_N);
    assert!(nums.iter().all(|x| x.abs() <= V) && target.abs() <= V);
    check_unique(nums, target);
    emit(name, &format!("[{},{}]", list(nums), target));
}

fn two_positions(rng: &mut Rng, n: usize) -> (usize, usize) {
    let i = rng.below(n);
    let mut j = rng.below(n);
    while j == i {
        j = rng.below(n);
    }
    (i.min(j), i.max(j))
}

/// A random valid input of `n` numbers (2 <= n <= 10^4): values drawn from a
/// range that grows with n (so small inputs repeat values), exactly one pair
/// summing to the target, at random positions.
fn random(rng: &mut Rng, n: usize) -> String {
    let span = (4 * n as i64 + 6).min(V);
    let target = rng.range(-span, span);
    let a = rng.range((target - span).max(-span), (target + span).min(span));
    let pos = two_positions(rng, n);
    let nums = build(rng, n, target, a, pos, &mut |r: &mut Rng| r.range(-span, span));
    check_unique(&nums, target);
    format!("[{},{}]", list(&nums), target)
}

fn main() {
    sized(random);
    let mut rng = Rng::new(1);

    // Small arrays with narrow values (many repeats), for the brute force.
    for k in 0..32 {
        let n = 2 + rng.below(11);
        let span = [5, 20, 1000, V][k % 4];
        let target = rng.range(-span, span);
        let a = rng.range((target - span).max(-span), (target + span).min(span));
        let pos = two_positions(&mut rng, n);
        let nums = build(&mut rng, n, target, a, pos, &mut |r: &mut Rng| r.range(-span, span));
        case(&format!("small-{k}"), &nums, target);
    }

    let n = MAX_N;
    let mut full = |r: &mut Rng| r.range(-V, V);

    // The pair is the last two elements: a pairwise search tries every pair first.
    let nums = build(&mut rng, n, 123_456_789, 23_456_789, (n - 2, n - 1), &mut full);
    case("max-pair-at-end", &nums, 123_456_789);
    // The pair is the first two elements.
    let nums = build(&mut rng, n, -777, 1_000, (0, 1), &mut full);
    case("max-pair-at-start", &nums, -777);
    // The first and the last element.
    let nums = build(&mut rng, n, 0, V, (0, n - 1), &mut full);
    case("max-first-and-last", &nums, 0);
    // Random positions, random targets.
    for k in 0..3 {
        let target = rng.range(-V, V);
        let a = rng.range((target - V).max(-V), (target + V).min(V));
        let pos = two_positions(&mut rng, n);
        let nums = build(&mut rng, n, target, a, pos, &mut full);
        case(&format!("max-random-{k}"), &nums, target);
    }
    // Targets at the ends of the range: the pair is two equal halves.
    let nums = build(&mut rng, n, -V, -V / 2, (n / 3, n - 1), &mut full);
    case("max-target-min", &nums, -V);
    let nums = build(&mut rng, n, V, V / 2, (n / 2, n - 2), &mut full);
    case("max-target-max", &nums, V);
    // Only extreme values: the pair is -10^9 and 10^9 and every other value
    // is close to one end.
    let mut near_ends = |r: &mut Rng| if r.chance(0.5) { V - r.range(1, 1000) } else { -V + r.range(1, 1000) };
    let nums = build(&mut rng, n, 0, -V, (n - 5, n - 1), &mut near_ends);
    case("max-extremes", &nums, 0);
    // Half the target appears once, early: it must not pair with itself.
    let mut nums = build(&mut rng, n, 2_000, 1_999, (n - 3, n - 1), &mut full);
    // The value 1000 is not in the array (2 * 1000 == target is rejected).
    nums[0] = 1_000;
    case("max-half-target-once", &nums, 2_000);
    // Every other element is the same value: huge numbers of duplicates.
    let nums = build(&mut rng, n, 11, 5, (n - 2, n - 1), &mut |_: &mut Rng| 1);
    case("max-all-equal-but-pair", &nums, 11);
    // A few distinct values, many copies each, none pairing up.
    let nums = build(&mut rng, n, 1, 700, (n / 2, n - 1), &mut |r: &mut Rng| 2 * r.range(1, 50));
    case("max-few-values", &nums, 1);
    // The pair is two equal values, far apart.
    let nums = build(&mut rng, n, 600_000_000, 300_000_000, (1, n - 1), &mut full);
    case("max-equal-pair", &nums, 600_000_000);
}
