use judge_harness::r#gen::{Rng, emit, list, sized};

const MAX_N: usize = 20;
const MAX_SUM: i64 = 1000;

fn case(nums: &[i64], target: i64) -> String {
    format!("[{},{}]", list(nums), target)
}

/// `n` values in 0..=1000 with a sum of at most `budget` (<= 1000): random
/// weights (some zero) scaled down to the budget.
fn values(rng: &mut Rng, n: usize, budget: i64, p_zero: f64) -> Vec<i64> {
    let weights: Vec<i64> = (0..n).map(|_| if rng.chance(p_zero) { 0 } else { rng.range(1, 1000) }).collect();
    let w: i64 = weights.iter().sum();
    if w == 0 {
        return weights;
    }
    weights.iter().map(|&x| x * budget / w).collect()
}

/// A target: mostly the total of a random sign choice (so at least one way
/// exists), sometimes any value in -1000..=1000.
fn target_for(rng: &mut Rng, nums: &[i64]) -> i64 {
    if rng.chance(0.75) {
        nums.iter().map(|&x| if rng.chance(0.5) { x } else { -x }).sum()
    } else {
        rng.range(-MAX_SUM, MAX_SUM)
    }
}

fn random(rng: &mut Rng, n: usize) -> String {
    let budget = match rng.below(4) {
        0 | 1 => MAX_SUM,
        2 => rng.range(0, MAX_SUM),
        _ => rng.range(0, 40),
    };
    let p_zero = *rng.pick(&[0.0, 0.1, 0.5]);
    let nums = values(rng, n, budget, p_zero);
    let target = target_for(rng, &nums);
    case(&nums, target)
}

fn main() {
    sized(random);
    let mut rng = Rng::new(494);

    // Small cases for the bit-mask brute force.
    for i in 0..36 {
        let n = 1 + rng.below(12);
        emit(&format!("small-{i}"), &random(&mut rng, n));
    }

    // Twenty numbers.
    for i in 0..3 {
        emit(&format!("max-random-{i}"), &random(&mut rng, MAX_N));
    }
    let v = values(&mut rng, MAX_N, MAX_SUM, 0.0);
    emit("max-sum-1000-target-zero", &case(&v, 0));
    let total: i64 = v.iter().sum();
    emit("max-sum-1000-all-plus", &case(&v, total));
    emit("max-sum-1000-odd-parity", &case(&v, if total % 2 == 0 { 1 } else { 0 }));
    emit("max-unreachable-target", &case(&vec![1; MAX_N], -21));
    emit("max-all-zeros-target-zero", &case(&vec![0; MAX_N], 0));
    emit("max-fifties-target-zero", &case(&vec![50; MAX_N], 0));
    // Half zeros: every count is multiplied by 2^10.
    let mut half_zero: Vec<i64> = (0..MAX_N as i64).map(|i| if i % 2 == 0 { 0 } else { 10 + i }).collect();
    rng.shuffle(&mut half_zero);
    emit("max-half-zeros", &case(&half_zero, 10));
    // Distinct small values: many totals reachable in many ways.
    let distinct: Vec<i64> = (1..=MAX_N as i64).collect();
    emit("max-one-to-twenty", &case(&distinct, 0));
    emit("max-one-to-twenty-target-min", &case(&distinct, -210));
    // Target at the extremes of its range with a small sum.
    emit("max-small-sum-far-target", &case(&vec![1; MAX_N], -1000));
    emit("max-single-large-value", &case(&[vec![0; MAX_N - 1], vec![1000]].concat(), -1000));
}
