use judge_harness::r#gen::{Rng, emit, sized};

const MAX_N: usize = 100_000;
const MAX_V: i64 = 1000;

fn args(triplets: &[[i64; 3]], target: [i64; 3]) -> String {
    assert!((1..=MAX_N).contains(&triplets.len()), "triplet count");
    let ok = |v: i64| (1..=MAX_V).contains(&v);
    assert!(triplets.iter().flatten().chain(&target).all(|&v| ok(v)), "values");
    let parts: Vec<String> = triplets.iter().map(|t| format!("[{},{},{}]", t[0], t[1], t[2])).collect();
    format!("[[{}],[{},{},{}]]", parts.join(","), target[0], target[1], target[2])
}

/// One value for a position with target value `t`: below it with
/// probability `below`, equal with probability `equal`, otherwise above
/// (falling back to equal where below or above is impossible).
fn value(rng: &mut Rng, t: i64, below: f64, equal: f64) -> i64 {
    let r = rng.below(1_000_000) as f64 / 1_000_000.0;
    if r < below && t > 1 {
        rng.range(1, t - 1)
    } else if r < below + equal || t == MAX_V {
        t
    } else {
        rng.range(t + 1, MAX_V)
    }
}

fn random_target(rng: &mut Rng, hi: i64) -> [i64; 3] {
    [rng.range(1, hi), rng.range(1, hi), rng.range(1, hi)]
}

fn random_triplets(rng: &mut Rng, n: usize, target: [i64; 3], below: f64, equal: f64) -> Vec<[i64; 3]> {
    (0..n)
        .map(|_| [0, 1, 2].map(|k| value(rng, target[k], below, equal)))
        .collect()
}

/// A random valid input of n triplets (1 <= n <= 10^5): a random target
/// (with values up to 5 or up to 1000), and triplets whose values fall
/// below, on or above the target's with random probabilities, so that both
/// answers occur and many triplets match a position while overshooting
/// another.
fn random(rng: &mut Rng, n: usize) -> String {
    let hi = *rng.pick(&[5, MAX_V]);
    let target = random_target(rng, hi);
    let below: f64 = *rng.pick(&[0.3, 0.6, 0.8, 0.95]);
    let equal: f64 = *rng.pick(&[0.01, 0.05, 0.2]) * (1.0 - below) * 4.0;
    let equal = equal.min(1.0 - below);
    let triplets = random_triplets(rng, n, target, below, equal);
    args(&triplets, target)
}

fn main() {
    sized(random);
    let mut rng = Rng::new(1899);

    // Small random cases for the brute-force cross-check (all subsets).
    for i in 0..36 {
        let n = 1 + rng.below(12);
        let hi = *rng.pick(&[3, 6, 20]);
        let target = random_target(&mut rng, hi);
        let below = *rng.pick(&[0.4, 0.6, 0.8]);
        let equal = (1.0 - below) * 0.6;
        let triplets = random_triplets(&mut rng, n, target, below, equal);
        emit(&format!("small-{i}"), &args(&triplets, target));
    }

    // At the largest size: false answers, where trying combinations of
    // triplets is slowest (small values keep the test set small).
    let n = MAX_N;
    // Every triplet is strictly below the target: false.
    let target = [10, 10, 10];
    let below: Vec<[i64; 3]> = (0..n).map(|_| [0, 1, 2].map(|_| rng.range(1, 9))).collect();
    emit("max-all-below", &args(&below, target));
    // Every position is matched many times, but always by a triplet that
    // overshoots another position: false.
    let target = [9, 9, 9];
    let traps: Vec<[i64; 3]> = (0..n)
        .map(|i| {
            let mut t = [0, 1, 2].map(|_| rng.range(1, 9));
            t[i % 3] = 9;
            t[(i + 1) % 3] = rng.range(10, 99);
            t
        })
        .collect();
    emit("max-matches-all-overshoot", &args(&traps, target));
    // The same, plus three usable triplets at the very end: true.
    let mut late = traps.clone();
    late[n - 3] = [9, 1, 1];
    late[n - 2] = [1, 9, 1];
    late[n - 1] = [1, 1, 9];
    emit("max-three-usable-at-end", &args(&late, target));

    // Random and other shapes at smaller sizes.
    let n = MAX_N / 10;
    for (k, below, equal) in [(0, 0.9, 0.05), (1, 0.6, 0.1), (2, 0.97, 0.002)] {
        let target = random_target(&mut rng, MAX_V);
        let triplets = random_triplets(&mut rng, n, target, below, equal);
        emit(&format!("large-random-{k}"), &args(&triplets, target));
    }
    let target = random_target(&mut rng, 4);
    let triplets = random_triplets(&mut rng, n, target, 0.5, 0.3);
    emit("large-random-small-values", &args(&triplets, target));
    // Every triplet equals the target.
    let target = [500, 600, 700];
    emit("large-all-target", &args(&vec![target; n], target));
    // Two positions matched by usable triplets, the third never: false.
    let target = [1000, 1000, 1000];
    let two: Vec<[i64; 3]> = (0..n)
        .map(|i| if i % 2 == 0 { [1000, rng.range(1, 999), rng.range(1, 999)] } else { [rng.range(1, 999), 1000, rng.range(1, 999)] })
        .collect();
    emit("large-third-position-missing", &args(&two, target));
    // The target is [1,1,1]; all triplets are ones except some twos.
    let target = [1, 1, 1];
    let ones: Vec<[i64; 3]> = (0..n).map(|i| if i % 7 == 0 { [1, 1, 1] } else { [1, 2, 1] }).collect();
    emit("large-target-ones", &args(&ones, target));
    let no_ones: Vec<[i64; 3]> = (0..n).map(|i| [1 + (i % 3 == 0) as i64, 1 + (i % 3 == 1) as i64, 1 + (i % 3 == 2) as i64]).collect();
    emit("large-target-ones-impossible", &args(&no_ones, target));
}
