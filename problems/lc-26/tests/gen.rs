use judge_harness::r#gen::{Rng, emit, list, sized};

/// A sorted array of `n` values drawn from `lo..=hi`.
fn sorted_random(rng: &mut Rng, n: usize, lo: i64, hi: i64) -> Vec<i64> {
    let mut v: Vec<i64> = (0..n).map(|_| rng.range(lo, hi)).collect();
    v.sort();
    v
}

/// A random valid input of `n` sorted numbers (1 <= n <= 3 * 10^4), from a
/// range of random width (at most about n + 2 values, at most -100..=100),
/// so the density of duplicates varies.
fn random(rng: &mut Rng, n: usize) -> String {
    let span = rng.range(0, (n as i64 / 2 + 1).min(100));
    let nums = sorted_random(rng, n, -span, span);
    format!("[{}]", list(&nums))
}

fn main() {
    sized(random);
    let mut rng = Rng::new(26);

    // Small random cases, for the brute force to cross-check the reference.
    for i in 0..30 {
        let n = rng.range(1, 12) as usize;
        // A narrow value range makes duplicates likely; a wide one makes them rare.
        let (lo, hi) = match i % 3 {
            0 => (-2, 2),
            1 => (-10, 10),
            _ => (-100, 100),
        };
        let nums = sorted_random(&mut rng, n, lo, hi);
        emit(&format!("small-{i}"), &format!("[{}]", list(&nums)));
    }

    let n = 30_000;

    // Largest size, values over the whole range: ~150 copies of each value.
    for i in 0..2 {
        let nums = sorted_random(&mut rng, n, -100, 100);
        emit(&format!("max-random-{i}"), &format!("[{}]", list(&nums)));
    }

    // Largest size, every value equal.
    emit("max-all-equal", &format!("[{}]", list(&vec![-100i64; n])));

    // Largest size, only two values: a long run then one more element.
    let mut nums = vec![100i64; n];
    nums[0] = -100;
    emit("max-one-then-run", &format!("[{}]", list(&nums)));
    let mut nums = vec![-100i64; n];
    nums[n - 1] = 100;
    emit("max-run-then-one", &format!("[{}]", list(&nums)));

    // Largest size, all 201 values present, runs of uneven length.
    let mut nums: Vec<i64> = (-100..=100).collect();
    while nums.len() < n {
        nums.push(rng.range(-100, 100));
    }
    nums.sort();
    emit("max-all-values", &format!("[{}]", list(&nums)));

    // Every value distinct (the range only allows 201 of them).
    let nums: Vec<i64> = (-100..=100).collect();
    emit("all-201-distinct", &format!("[{}]", list(&nums)));
}
