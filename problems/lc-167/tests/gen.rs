use judge_harness::r#gen::{Rng, emit, list, sized};

const MAX_N: usize = 30_000;
const MAX_V: i64 = 1000;

/// `n` sorted values from `lo..=hi` in which exactly one pair of positions
/// sums to `target`: the values `a` and `target - a`, planted once each.
/// Every other value `v` is drawn from a set that never holds both `v` and
/// `target - v`, nor `target / 2`, nor either value of the pair.
fn build(rng: &mut Rng, n: usize, lo: i64, hi: i64, target: i64, a: i64) -> Vec<i64> {
    let b = target - a;
    assert!(n >= 2 && (-MAX_V..=MAX_V).contains(&target));
    assert!((-MAX_V..=MAX_V).contains(&a) && (-MAX_V..=MAX_V).contains(&b));
    let mut allowed = Vec::new();
    for v in lo..=hi {
        let partner = target - v;
        if v == a || v == b || partner == v {
            continue;
        }
        if partner < lo || partner > hi {
            allowed.push(v);
        } else if v < partner && rng.chance(0.5) {
            allowed.push(v);
        } else if v > partner && !allowed.contains(&partner) {
            allowed.push(v);
        }
    }
    let mut nums = vec![a, b];
    if n > 2 {
        assert!(!allowed.is_empty(), "no background value available");
        nums.extend((2..n).map(|_| *rng.pick(&allowed)));
    }
    nums.sort();
    nums
}

fn emit_case(name: &str, nums: &[i64], target: i64) {
    assert!(nums.len() >= 2 && nums.len() <= MAX_N);
    assert!(nums.iter().all(|v| (-MAX_V..=MAX_V).contains(v)));
    assert!(nums.windows(2).all(|w| w[0] <= w[1]));
    // Pairs of positions summing to target, counted by value.
    let mut count = vec![0usize; (2 * MAX_V + 1) as usize];
    for &v in nums {
        count[(v + MAX_V) as usize] += 1;
    }
    let mut pairs = 0;
    for v in -MAX_V..=MAX_V {
        let w = target - v;
        let cv = count[(v + MAX_V) as usize];
        if v < w && w <= MAX_V {
            pairs += cv * count[(w + MAX_V) as usize];
        } else if v == w {
            pairs += cv * cv.saturating_sub(1) / 2;
        }
    }
    assert_eq!(pairs, 1, "case {name} must have exactly one solution");
    emit(name, &format!("[{},{}]", list(nums), target));
}

/// A random case with values around `center`; about one in three has a pair
/// of equal values.
fn random_case(rng: &mut Rng, n: usize, center: i64, span: i64) -> (Vec<i64>, i64) {
    let lo = (center - span).max(-MAX_V);
    let hi = (center + span).min(MAX_V);
    let target = rng.range((2 * lo).max(-MAX_V), (2 * hi).min(MAX_V));
    let a = if target % 2 == 0 && rng.chance(0.35) {
        target / 2
    } else {
        // a <= target - a, both inside lo..=hi (or at least inside the limits).
        let a_lo = (target - hi).max(lo).max(-MAX_V);
        let a_hi = (target - lo).min(hi).min(target.div_euclid(2));
        if a_lo <= a_hi { rng.range(a_lo, a_hi) } else { target.div_euclid(2) }
    };
    (build(rng, n, lo, hi, target, a), target)
}

/// How many pairs of positions of `nums` sum to `target`.
fn pair_count(nums: &[i64], target: i64) -> usize {
    let mut count = std::collections::HashMap::new();
    for &v in nums {
        *count.entry(v).or_insert(0usize) += 1;
    }
    let mut pairs = 0;
    for (&v, &cv) in &count {
        let w = target - v;
        if v < w {
            pairs += cv * count.get(&w).copied().unwrap_or(0);
        } else if v == w {
            pairs += cv * cv.saturating_sub(1) / 2;
        }
    }
    pairs
}

/// A random valid input of `n` numbers (2 <= n <= 3 * 10^4): sorted values
/// from a window around a random center in -500..=500 whose width grows
/// with n (so small inputs repeat values; large ones span -1000..=1000),
/// and a target that exactly one pair of positions sums to (sometimes two
/// equal values).
fn random(rng: &mut Rng, n: usize) -> String {
    let span = (2 * n as i64 + 3).min(2 * MAX_V);
    loop {
        let center = rng.range(-MAX_V / 2, MAX_V / 2);
        let (nums, target) = random_case(rng, n, center, span);
        let ok = nums.len() == n
            && nums.iter().all(|v| (-MAX_V..=MAX_V).contains(v))
            && (-MAX_V..=MAX_V).contains(&target)
            && nums.windows(2).all(|w| w[0] <= w[1])
            && pair_count(&nums, target) == 1;
        if ok {
            return format!("[{},{}]", list(&nums), target);
        }
    }
}

fn main() {
    sized(random);
    let mut rng = Rng::new(167);

    // Small cases with many repeated values, for the brute force.
    for i in 0..30 {
        let n = 2 + rng.below(11);
        let center = rng.range(-500, 500);
        let span = 1 + rng.below(6) as i64;
        let (nums, target) = random_case(&mut rng, n, center, span);
        emit_case(&format!("small-{i}"), &nums, target);
    }
    for i in 0..6 {
        let n = 30 + rng.below(200);
        let center = rng.range(-500, 500);
        let (nums, target) = random_case(&mut rng, n, center, 60);
        emit_case(&format!("medium-{i}"), &nums, target);
    }

    // Maximum length, the whole value range.
    for i in 0..3 {
        let (nums, target) = random_case(&mut rng, MAX_N, 0, MAX_V);
        emit_case(&format!("random-max-{i}"), &nums, target);
    }
    // The pair is made of two equal values.
    let nums = build(&mut rng, MAX_N, -MAX_V, MAX_V, 246, 123);
    emit_case("equal-pair-max", &nums, 246);
    let nums = build(&mut rng, MAX_N, -MAX_V, MAX_V, -1000, -500);
    emit_case("equal-pair-min-target-max", &nums, -1000);
    // The pair is the last two elements: every earlier value is -1000.
    let mut nums = vec![-MAX_V; MAX_N - 2];
    nums.extend([499, 500]);
    emit_case("pair-at-end-max", &nums, 999);
    // The pair is the first two elements, then larger values only.
    let nums = build(&mut rng, MAX_N, 1, MAX_V, -MAX_V, -MAX_V);
    emit_case("pair-at-start-max", &nums, -MAX_V);
    // The pair is the first and the last element.
    let nums = build(&mut rng, MAX_N, -MAX_V + 1, MAX_V - 1, 0, -MAX_V);
    let nums: Vec<i64> = std::iter::once(-MAX_V)
        .chain(nums.into_iter().filter(|&v| v != -MAX_V && v != MAX_V).take(MAX_N - 2))
        .chain(std::iter::once(MAX_V))
        .collect();
    emit_case("pair-at-both-ends-max", &nums, 0);
    // Largest target, from the two extremes of the allowed range.
    let nums = build(&mut rng, MAX_N, -MAX_V, MAX_V, MAX_V, 0);
    emit_case("max-target-max", &nums, MAX_V);
    // A short pair followed by one long run of the largest value.
    let mut nums = vec![-3, 3];
    nums.extend(vec![MAX_V; MAX_N - 2]);
    emit_case("long-run-max", &nums, 0);
}
