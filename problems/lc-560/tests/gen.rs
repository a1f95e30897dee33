use judge_harness::r#gen::{emit, list, Rng, sized};

const MAX_N: usize = 20_000;
const MAX_V: i64 = 1000;
const MAX_K: i64 = 10_000_000;

fn emit_case(name: &str, nums: &[i64], k: i64) {
    assert!(!nums.is_empty() && nums.len() <= MAX_N);
    assert!(nums.iter().all(|v| (-MAX_V..=MAX_V).contains(v)));
    assert!((-MAX_K..=MAX_K).contains(&k));
    emit(name, &format!("[{},{}]", list(nums), k));
}

/// The sum of a random subarray of `nums`.
fn some_sum(rng: &mut Rng, nums: &[i64]) -> i64 {
    let i = rng.below(nums.len());
    let j = i + rng.below(nums.len() - i);
    nums[i..=j].iter().sum()
}

/// A random valid input of n numbers (1 <= n <= 2 * 10^4). The values'
/// span is random up to 2n+3 (capped at 1000), so small inputs have zeros,
/// negatives and many matching subarrays; k is mostly the sum of some
/// subarray, sometimes 0 or any small number.
fn random(rng: &mut Rng, n: usize) -> String {
    let span = rng.range(1, (2 * n as i64 + 3).min(MAX_V));
    let nums: Vec<i64> = (0..n).map(|_| rng.range(-span, span)).collect();
    let k = match rng.below(5) {
        0 => 0,
        1 => rng.range(-2 * span, 2 * span),
        _ => some_sum(rng, &nums),
    };
    format!("[{},{}]", list(&nums), k.clamp(-MAX_K, MAX_K))
}

fn main() {
    sized(random);
    let mut rng = Rng::new(560);

    // Small cases over a narrow range of values (many zeros and negatives,
    // many matching subarrays), for the brute force.
    for i in 0..36 {
        let n = 1 + rng.below(15);
        let span = rng.range(1, 4);
        let nums: Vec<i64> = (0..n).map(|_| rng.range(-span, span)).collect();
        let k = match i % 3 {
            0 => 0,
            1 => some_sum(&mut rng, &nums),
            _ => rng.range(-5, 5),
        };
        emit_case(&format!("small-{i}"), &nums, k);
    }
    for i in 0..6 {
        let n = 100 + rng.below(2000);
        let span = if i % 2 == 0 { 10 } else { MAX_V };
        let nums: Vec<i64> = (0..n).map(|_| rng.range(-span, span)).collect();
        let k = some_sum(&mut rng, &nums);
        emit_case(&format!("medium-{i}"), &nums, k);
    }

    // Maximum length, full range of values, k the sum of some subarray.
    for i in 0..2 {
        let nums: Vec<i64> = (0..MAX_N).map(|_| rng.range(-MAX_V, MAX_V)).collect();
        let k = some_sum(&mut rng, &nums);
        emit_case(&format!("random-max-{i}"), &nums, k);
    }
    // Narrow values and k = 0: many matches.
    let nums: Vec<i64> = (0..MAX_N).map(|_| rng.range(-2, 2)).collect();
    emit_case("narrow-k-zero-max", &nums, 0);
    // All zeros with k = 0: every one of the n(n+1)/2 = 200010000 subarrays.
    emit_case("all-zero-max", &vec![0; MAX_N], 0);
    // All 1000 with k = 10^7: every window of length 10^4.
    emit_case("all-max-k-max", &vec![MAX_V; MAX_N], MAX_K);
    // All -1000 with k = -10^7.
    emit_case("all-min-k-min", &vec![-MAX_V; MAX_N], -MAX_K);
    // Alternating +1000 / -1000 with k = 0: about n^2 / 4 matches.
    let alt: Vec<i64> = (0..MAX_N).map(|i| if i % 2 == 0 { MAX_V } else { -MAX_V }).collect();
    emit_case("alternating-k-zero-max", &alt, 0);
    // Positive values only: a window would work here; k is reachable.
    let pos: Vec<i64> = (0..MAX_N).map(|_| rng.range(1, MAX_V)).collect();
    let k = some_sum(&mut rng, &pos);
    emit_case("positive-max", &pos, k);
    // Mostly positive with a few deep negatives.
    let mixed: Vec<i64> = (0..MAX_N)
        .map(|_| if rng.chance(0.05) { -MAX_V } else { rng.range(0, 100) })
        .collect();
    let k = some_sum(&mut rng, &mixed);
    emit_case("rare-negatives-max", &mixed, k);
    // k out of reach.
    let nums: Vec<i64> = (0..MAX_N).map(|_| rng.range(-MAX_V, MAX_V)).collect();
    emit_case("unreachable-k-max", &nums, MAX_K);
}
