use judge_harness::r#gen::{Rng, emit, list, sized};

const MAX_N: usize = 100;
const MAX_VALUE: i64 = 50;
const MAX_TARGET: i64 = 30;

fn case(name: &str, candidates: &[i64], target: i64) {
    assert!((1..=MAX_N).contains(&candidates.len()));
    assert!(candidates.iter().all(|c| (1..=MAX_VALUE).contains(c)));
    assert!((1..=MAX_TARGET).contains(&target));
    emit(name, &format!("[{},{}]", list(candidates), target));
}

/// `n` candidates from 1..=hi.
fn values(rng: &mut Rng, n: usize, hi: i64) -> Vec<i64> {
    (0..n).map(|_| rng.range(1, hi)).collect()
}

/// A random valid input of `n` candidates (1 <= n <= 100) from 1..=50 and a
/// target in 1..=30. The values' upper end is drawn too, so that small
/// values (many combinations, many repeats) and large ones both occur.
fn random(rng: &mut Rng, n: usize) -> String {
    let hi = rng.range(5, MAX_VALUE);
    let candidates = values(rng, n, hi);
    let target = rng.range(1, MAX_TARGET);
    format!("[{},{}]", list(&candidates), target)
}

fn main() {
    sized(random);
    let mut rng = Rng::new(40);
    // Small cases for the brute force (2^n).
    for i in 0..36 {
        let n = 1 + rng.below(14);
        let hi = *rng.pick(&[3, 5, 8, 12, 50]);
        let candidates = values(&mut rng, n, hi);
        let target = rng.range(1, 20);
        case(&format!("small-{i}"), &candidates, target);
    }
    // A hundred candidates.
    for i in 0..3 {
        let candidates = values(&mut rng, MAX_N, MAX_VALUE);
        case(&format!("random-max-{i}"), &candidates, MAX_TARGET - i as i64);
    }
    // Many copies of each small value: thousands of combinations, and a
    // search over positions would never end.
    let mut small: Vec<i64> = (0..MAX_N).map(|i| 1 + (i % 10) as i64).collect();
    case("one-to-ten-repeated-max", &small, MAX_TARGET);
    rng.shuffle(&mut small);
    case("one-to-ten-shuffled-max", &small, MAX_TARGET);
    let mut thirty: Vec<i64> = (0..MAX_N).map(|i| 1 + (i % 30) as i64).collect();
    thirty.sort_by(|a, b| b.cmp(a));
    case("one-to-thirty-descending-max", &thirty, MAX_TARGET);
    case("all-ones-max", &[1; MAX_N], MAX_TARGET);
    let ones_twos: Vec<i64> = (0..MAX_N).map(|i| 1 + (i % 2) as i64).collect();
    case("ones-and-twos-max", &ones_twos, MAX_TARGET);
    case("all-twos-odd-target-max", &[2; MAX_N], 29);
    case("all-too-large-max", &[MAX_VALUE; MAX_N], MAX_TARGET);
    // Large values and a single small one that fits.
    let mut lone = vec![40; MAX_N];
    lone[57] = 1;
    case("lone-fit-max", &lone, 1);
    // Only values near the target.
    let near = values(&mut rng, MAX_N, MAX_TARGET).iter().map(|v| (v / 2 + 14).min(MAX_TARGET)).collect::<Vec<_>>();
    case("near-target-max", &near, MAX_TARGET);
}
