use judge_harness::r#gen::{Rng, emit, list, sized};

const MAX_N: usize = 30;
const MAX_TARGET: i64 = 40;
/// LeetCode promises fewer than 150 combinations per test.
const MAX_COMBINATIONS: u64 = 149;
/// Keeps the number of *ordered* ways to reach the target modest, so that a
/// solution listing every ordering is rejected for its duplicates (WA), not
/// for its time or output size.
const MAX_ORDERINGS: u64 = 100_000;

/// (combinations, orderings) that reach `target`.
fn counts(candidates: &[i64], target: i64) -> (u64, u64) {
    let t = target as usize;
    let mut combos = vec![0u64; t + 1];
    combos[0] = 1;
    for &c in candidates {
        for s in c as usize..=t {
            combos[s] += combos[s - c as usize];
        }
    }
    let mut orders = vec![0u64; t + 1];
    orders[0] = 1;
    for s in 1..=t {
        orders[s] = candidates.iter().filter(|&&c| c as usize <= s).map(|&c| orders[s - c as usize]).sum();
    }
    (combos[t], orders[t])
}

fn fits(candidates: &[i64], target: i64) -> bool {
    let (combos, orders) = counts(candidates, target);
    combos <= MAX_COMBINATIONS && orders <= MAX_ORDERINGS
}

/// `n` distinct values from `lo..=hi`, in random order.
fn distinct(rng: &mut Rng, n: usize, lo: i64, hi: i64) -> Vec<i64> {
    let mut pool: Vec<i64> = (lo..=hi).collect();
    rng.shuffle(&mut pool);
    pool.truncate(n);
    pool
}

fn case(name: &str, candidates: &[i64], target: i64) {
    assert!((1..=MAX_N).contains(&candidates.len()));
    assert!(candidates.iter().all(|c| (2..=40).contains(c)));
    assert!((1..=MAX_TARGET).contains(&target));
    assert!(fits(candidates, target), "{name}: too many combinations");
    emit(name, &format!("[{},{}]", list(candidates), target));
}

/// Draws (candidates, target) until the counts fit.
fn draw(rng: &mut Rng, n: (usize, usize), hi: (i64, i64), target: (i64, i64)) -> (Vec<i64>, i64) {
    loop {
        let len = n.0 + rng.below(n.1 - n.0 + 1);
        let top = rng.range(hi.0, hi.1);
        let nums = distinct(rng, len, 2, top.max(len as i64 + 1));
        let t = rng.range(target.0, target.1);
        if fits(&nums, t) {
            return (nums, t);
        }
    }
}

/// A random valid input of `n` distinct candidates (1 <= n <= 30) from
/// 2..=40 and a target in 1..=40, drawn again until there are at most 149
/// combinations (and few enough orderings). Small n draws from a smaller
/// range of candidates, so combinations exist.
fn random(rng: &mut Rng, n: usize) -> String {
    loop {
        let top = rng.range((n as i64 + 1).max(4), (3 * n as i64 + 6).min(40));
        let nums = distinct(rng, n, 2, top);
        let t = rng.range(1, MAX_TARGET);
        if fits(&nums, t) {
            return format!("[{},{}]", list(&nums), t);
        }
    }
}

fn main() {
    sized(random);
    let mut rng = Rng::new(39);
    // Small cases for the brute force.
    for i in 0..30 {
        let (nums, t) = draw(&mut rng, (1, 5), (4, 12), (1, 20));
        case(&format!("small-{i}"), &nums, t);
    }
    for i in 0..8 {
        let (nums, t) = draw(&mut rng, (3, 10), (10, 20), (20, MAX_TARGET));
        case(&format!("medium-{i}"), &nums, t);
    }

    // Small candidates: over a hundred combinations each.
    let dense: [(&[i64], i64); 6] = [
        (&[2, 4, 6, 8, 12], 36),
        (&[2, 3, 4, 5, 6], 28),
        (&[2, 3, 4, 6, 9], 30),
        (&[2, 4, 8, 10, 14], 40),
        (&[2, 3, 4, 5, 7], 28),
        (&[2, 3], 40),
    ];
    for (i, (nums, t)) in dense.iter().enumerate() {
        let mut nums = nums.to_vec();
        if i % 2 == 1 {
            rng.shuffle(&mut nums);
        }
        case(&format!("dense-{i}"), &nums, *t);
    }
    // Thirty candidates.
    let mut nums: Vec<i64> = (11..=40).collect();
    case("largest-sorted-max", &nums, MAX_TARGET);
    rng.shuffle(&mut nums);
    case("largest-shuffled-max", &nums, MAX_TARGET);
    nums.sort_by(|a, b| b.cmp(a));
    case("largest-descending-max", &nums, MAX_TARGET);
    for i in 0..6 {
        let (nums, t) = draw(&mut rng, (MAX_N, MAX_N), (40, 40), (1, MAX_TARGET));
        case(&format!("random-max-{i}"), &nums, t);
    }
    for i in 0..3 {
        let nums = loop {
            let nums = distinct(&mut rng, MAX_N, 7, 40);
            if fits(&nums, MAX_TARGET) {
                break nums;
            }
        };
        case(&format!("no-small-max-{i}"), &nums, MAX_TARGET);
    }
    // Only odd candidates with an odd target.
    let mut nums: Vec<i64> = (0..19).map(|k| 5 + 2 * k).filter(|&v| v <= 40).collect();
    rng.shuffle(&mut nums);
    case("odd-only", &nums, 39);
    // Candidates all larger than the target.
    let nums = distinct(&mut rng, MAX_N, 10, 40);
    case("none-fit", &nums, 9);
}
