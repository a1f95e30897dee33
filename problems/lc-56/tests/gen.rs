use judge_harness::r#gen::{Rng, emit, sized};

const MAX_N: usize = 10_000;
const MAX_V: i64 = 10_000;

fn args(intervals: &[(i64, i64)]) -> String {
    let parts: Vec<String> = intervals.iter().map(|(s, e)| format!("[{s},{e}]")).collect();
    format!("[[{}]]", parts.join(","))
}

/// `n` intervals with random starts in 0..=max_v and lengths in 0..=max_len.
fn random_intervals(rng: &mut Rng, n: usize, max_v: i64, max_len: i64) -> Vec<(i64, i64)> {
    (0..n)
        .map(|_| {
            let s = rng.range(0, max_v);
            (s, (s + rng.range(0, max_len)).min(max_v))
        })
        .collect()
}

/// A random valid input of `n` intervals (1 <= n <= 10^4): starts in a
/// range that grows with n (up to 0..=10^4) and lengths around the mean gap
/// between starts, so that some intervals touch, nest or repeat and the
/// result has anywhere from one group to nearly n.
fn random(rng: &mut Rng, n: usize) -> String {
    let max_v = (2 * n as i64 + 3).min(MAX_V);
    let gap = (max_v / n as i64).max(1);
    let max_len = rng.range(0, 3 * gap);
    args(&random_intervals(rng, n, max_v, max_len))
}

fn main() {
    sized(random);
    let mut rng = Rng::new(56);

    // Small lists over a small range: touching, nesting and duplicates are common.
    for i in 0..30 {
        let n = 1 + rng.below(10);
        let max_v = 2 + rng.below(20) as i64;
        let max_len = rng.below(6) as i64;
        emit(&format!("small-{i}"), &args(&random_intervals(&mut rng, n, max_v, max_len)));
    }
    for i in 0..6 {
        let n = 50 + rng.below(150);
        emit(&format!("medium-{i}"), &args(&random_intervals(&mut rng, n, 1000, 15)));
    }

    // Full size. Short intervals: thousands of separate groups.
    for (i, max_len) in [0, 1, 2, 3].into_iter().enumerate() {
        emit(&format!("short-max-{i}"), &args(&random_intervals(&mut rng, MAX_N, MAX_V, max_len)));
    }
    // Long intervals: almost everything merges.
    emit("long-max", &args(&random_intervals(&mut rng, MAX_N, MAX_V, 2000)));

    // Every point 0..9999 as its own interval, shuffled: nothing merges.
    let mut points: Vec<(i64, i64)> = (0..MAX_N as i64).map(|x| (x, x)).collect();
    rng.shuffle(&mut points);
    emit("points-max", &args(&points));

    // [x, x+1] for every x: one chain of touching intervals, sorted and shuffled.
    let mut chain: Vec<(i64, i64)> = (0..MAX_N as i64).map(|x| (x, x + 1)).collect();
    emit("chain-sorted-max", &args(&chain));
    chain.reverse();
    emit("chain-reversed-max", &args(&chain));
    rng.shuffle(&mut chain);
    emit("chain-shuffled-max", &args(&chain));

    // The same interval 10^4 times, and intervals nested inside each other.
    emit("all-equal-max", &args(&vec![(0, MAX_V); MAX_N]));
    let mut nested: Vec<(i64, i64)> = (0..MAX_N as i64).map(|i| (i / 2, MAX_V - i / 2)).collect();
    emit("nested-max", &args(&nested));
    rng.shuffle(&mut nested);
    emit("nested-shuffled-max", &args(&nested));

    // Pairs that touch ([2k, 2k+1], [2k+1, 2k+1]) separated by gaps of one.
    // The 3334 groups are padded to 10^4 intervals with repeated copies.
    let mut pairs: Vec<(i64, i64)> = Vec::new();
    let mut x = 0;
    while x + 1 <= MAX_V {
        pairs.push((x, x + 1));
        pairs.push((x + 1, x + 1));
        x += 3;
    }
    while pairs.len() < MAX_N {
        let copy = *rng.pick(&pairs);
        pairs.push(copy);
    }
    rng.shuffle(&mut pairs);
    emit("touching-pairs-max", &args(&pairs));

    // 2500 separate points first, then a chain of 7500 overlapping intervals:
    // merging "any overlapping pair, then search again" rescans the points
    // before every one of the 7499 merges.
    let mut v: Vec<(i64, i64)> = (0..2500).map(|k| (2 * k, 2 * k)).collect();
    v.extend((0..7500).map(|k| (5000 + k / 2, 5001 + k / 2)));
    emit("points-then-chain-max", &args(&v));
}
