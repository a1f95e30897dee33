use judge_harness::r#gen::{Rng, emit, list, sized};

const MAX_N: usize = 10_000;
const MAX_V: i64 = 100_000;

fn emit_case(name: &str, nums: &[i64]) {
    emit(name, &format!("[{}]", list(nums)));
}

/// Cells leading up to a 0 at index `wall`, each reaching exactly the wall:
/// nums[i] = wall - i. Nothing gets past the wall.
fn countdown(n: usize, wall: usize) -> Vec<i64> {
    (0..n).map(|i| if i <= wall { (wall - i) as i64 } else { 1 }).collect()
}

/// A random valid input of `n` cells (1 <= n <= 10^4): small jump values
/// with a share of zeros, so that both answers occur, and now and then one
/// large value.
fn random(rng: &mut Rng, n: usize) -> String {
    let hi = rng.range(1, 4);
    let zeros = rng.range(5, 45) as f64 / 100.0;
    let mut nums: Vec<i64> = (0..n)
        .map(|_| if rng.chance(zeros) { 0 } else { rng.range(1, hi) })
        .collect();
    if rng.chance(0.2) {
        let i = rng.below(n);
        nums[i] = rng.range(1, MAX_V);
    }
    format!("[{}]", list(&nums))
}

fn main() {
    sized(random);
    let mut rng = Rng::new(55);

    // Small rows for the brute-force cross-check.
    for i in 0..24 {
        let n = 1 + rng.below(15);
        let zeros = rng.range(10, 50) as f64 / 100.0;
        let nums: Vec<i64> = (0..n).map(|_| if rng.chance(zeros) { 0 } else { rng.range(1, 3) }).collect();
        emit_case(&format!("small-{i}"), &nums);
    }
    for i in 0..10 {
        let n = 1 + rng.below(25);
        let nums: Vec<i64> = (0..n).map(|_| rng.range(0, 6)).collect();
        emit_case(&format!("small-wide-{i}"), &nums);
    }

    // Maximum length: countdowns to a 0 that nothing can pass (quadratic
    // work for a DP that scans each jump range; every route is explored by a
    // search without memo).
    emit_case("countdown-wall-max", &countdown(MAX_N, MAX_N - 2));
    emit_case("countdown-wall-middle-max", &countdown(MAX_N, MAX_N / 2));
    // The same countdown, but the cell before the wall jumps one further.
    let mut nums = countdown(MAX_N, MAX_N - 2);
    nums[MAX_N - 3] = 2;
    emit_case("countdown-escape-max", &nums);

    // All cells at the largest value, all ones, all zeros but the first.
    emit_case("all-max-max", &vec![MAX_V; MAX_N]);
    emit_case("all-ones-max", &vec![1; MAX_N]);
    let mut nums = vec![0i64; MAX_N];
    nums[0] = (MAX_N - 2) as i64;
    emit_case("zeros-one-short-max", &nums);
    nums[0] = (MAX_N - 1) as i64;
    emit_case("zeros-exact-jump-max", &nums);

    // Ones ending in a trap, and pairs [2,0] that must be jumped exactly.
    let mut nums = vec![1i64; MAX_N];
    nums[MAX_N - 2] = 0;
    emit_case("ones-then-trap-max", &nums);
    let nums: Vec<i64> = (0..MAX_N).map(|i| if i % 2 == 0 { 2 } else { 0 }).collect();
    emit_case("two-zero-pairs-max", &nums);
    let nums: Vec<i64> = (0..MAX_N).map(|i| if i % 3 == 0 { 2 } else { 0 }).collect();
    emit_case("two-zero-zero-max", &nums);

    // Random rows of both kinds.
    for i in 0..3 {
        let nums: Vec<i64> = (0..MAX_N).map(|_| if rng.chance(0.3) { 0 } else { rng.range(1, 4) }).collect();
        emit_case(&format!("random-max-{i}"), &nums);
    }
    let nums: Vec<i64> = (0..MAX_N).map(|_| rng.range(0, MAX_V)).collect();
    emit_case("random-large-values-max", &nums);
}
