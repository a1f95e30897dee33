use judge_harness::r#gen::{Rng, emit, list, sized};

const MAX_N: usize = 100_000;

/// n + 1 values in 1..=n: `d` appears `copies` times (at least 2), and
/// n + 1 - copies other distinct values, all shuffled.
fn with_duplicate(rng: &mut Rng, n: usize, d: usize, copies: usize) -> Vec<usize> {
    let mut others: Vec<usize> = (1..=n).filter(|&v| v != d).collect();
    rng.shuffle(&mut others);
    others.truncate(n + 1 - copies);
    others.extend(std::iter::repeat(d).take(copies));
    rng.shuffle(&mut others);
    others
}

/// The walk 0 -> nums[0] -> ... visits every index: a tail of `tail` steps
/// (tail >= 1) into a cycle through all the other indices, in random order.
fn long_walk(rng: &mut Rng, n: usize, tail: usize) -> Vec<usize> {
    let mut order: Vec<usize> = (1..=n).collect();
    rng.shuffle(&mut order);
    let mut nums = vec![0; n + 1];
    nums[0] = order[0];
    for w in order.windows(2) {
        nums[w[0]] = w[1];
    }
    // The last index of the walk points back to its tail-th node: the duplicate.
    nums[order[n - 1]] = order[tail - 1];
    nums
}

fn emit_case(name: &str, nums: &[usize]) {
    emit(name, &format!("[{}]", list(nums)));
}

/// A random valid input for `n` (1 <= n <= 10^5): n + 1 values in 1..=n,
/// one of them repeated. Half of the time the walk from index 0 visits
/// every index (a tail of random length into one big cycle); otherwise a
/// random duplicate appears twice, or (one time in three) many times.
fn random(rng: &mut Rng, n: usize) -> String {
    let nums = if rng.chance(0.5) {
        let tail = 1 + rng.below(n);
        long_walk(rng, n, tail)
    } else {
        let d = 1 + rng.below(n);
        let copies = if rng.chance(1.0 / 3.0) { 2 + rng.below(n) } else { 2 };
        with_duplicate(rng, n, d, copies)
    };
    format!("[{}]", list(&nums))
}

fn main() {
    sized(random);
    let mut rng = Rng::new(287);

    // Small arrays, the duplicate appearing two or more times.
    for i in 0..30 {
        let n = 1 + rng.below(12);
        let d = 1 + rng.below(n);
        let copies = 2 + rng.below(if i % 3 == 0 { n } else { 1 });
        emit_case(&format!("small-{i}"), &with_duplicate(&mut rng, n, d, copies));
    }
    for i in 0..6 {
        let n = 20 + rng.below(200);
        let tail = 1 + rng.below(n);
        emit_case(&format!("small-walk-{i}"), &long_walk(&mut rng, n, tail));
    }

    // Full size, the duplicate appearing exactly twice.
    for i in 0..3 {
        let d = 1 + rng.below(MAX_N);
        emit_case(&format!("twice-max-{i}"), &with_duplicate(&mut rng, MAX_N, d, 2));
    }
    // The duplicate appearing many times; many values missing.
    emit_case("many-copies-max", &with_duplicate(&mut rng, MAX_N, 77_777, MAX_N / 2));
    emit_case("all-same-max", &vec![MAX_N; MAX_N + 1]);
    emit_case("duplicate-one-max", &with_duplicate(&mut rng, MAX_N, 1, 2));
    emit_case("duplicate-n-max", &with_duplicate(&mut rng, MAX_N, MAX_N, 3));

    // Both copies at the very end: a scan of all pairs does ~n^2 / 2 work.
    let d = 1 + rng.below(MAX_N);
    let mut nums: Vec<usize> = (1..=MAX_N).filter(|&v| v != d).collect();
    rng.shuffle(&mut nums);
    nums.extend([d, d]);
    emit_case("copies-at-end-max", &nums);

    // Sorted with the duplicate next to itself.
    let mut nums: Vec<usize> = (1..=MAX_N).collect();
    nums.insert(50_000, 50_000);
    emit_case("sorted-max", &nums);

    // Long tails and long cycles for the two walkers.
    emit_case("walk-one-big-cycle-max", &long_walk(&mut rng, MAX_N, 1));
    emit_case("walk-long-tail-max", &long_walk(&mut rng, MAX_N, MAX_N - 1));
    emit_case("walk-half-max", &long_walk(&mut rng, MAX_N, MAX_N / 2));
}
