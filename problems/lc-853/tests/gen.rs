use judge_harness::r#gen::{emit, list, Rng, sized};
use std::collections::HashSet;

const MAX_N: usize = 100_000;
const MAX_T: i64 = 1_000_000;
const MAX_S: i64 = 1_000_000;

fn case(name: &str, target: i64, cars: &[(i64, i64)]) {
    assert!(!cars.is_empty() && cars.len() <= MAX_N);
    assert!(target > 0 && target <= MAX_T);
    let mut seen = HashSet::new();
    for &(p, s) in cars {
        assert!(p >= 0 && p < target && s > 0 && s <= MAX_S);
        assert!(seen.insert(p), "{name}: positions must be unique");
    }
    let pos: Vec<i64> = cars.iter().map(|c| c.0).collect();
    let sp: Vec<i64> = cars.iter().map(|c| c.1).collect();
    emit(name, &format!("[{},{},{}]", target, list(&pos), list(&sp)));
}

/// `n` different positions in `0..target`, in random order.
fn positions(rng: &mut Rng, n: usize, target: i64) -> Vec<i64> {
    assert!(n as i64 <= target);
    if (n as i64) * 2 > target {
        let mut all: Vec<i64> = (0..target).collect();
        rng.shuffle(&mut all);
        all.truncate(n);
        return all;
    }
    let mut seen = HashSet::new();
    let mut out = Vec::with_capacity(n);
    while out.len() < n {
        let p = rng.range(0, target - 1);
        if seen.insert(p) {
            out.push(p);
        }
    }
    out
}

/// A random valid input of n cars (1 <= n <= 10^5): a road of length
/// n..=10n + 10 (capped at 10^6), distinct positions, speeds in 1..=2n+3
/// (capped at 10^6), so small inputs have ties and merging fleets.
fn random(rng: &mut Rng, n: usize) -> String {
    let target = rng.range(n as i64, (10 * n as i64 + 10).min(MAX_T));
    let max_s = (2 * n as i64 + 3).min(MAX_S);
    let pos = positions(rng, n, target);
    let sp: Vec<i64> = (0..n).map(|_| rng.range(1, max_s)).collect();
    format!("[{},{},{}]", target, list(&pos), list(&sp))
}

fn main() {
    sized(random);
    let mut rng = Rng::new(853);

    // Small cases: short roads and low speeds, so equal arrival times and
    // cars catching fleets are common.
    for i in 0..40 {
        let target = [6, 12, 30, 1000][i % 4];
        let n = 1 + rng.below(9.min(target as usize));
        let max_s = [2, 4, 6, 100][i % 4];
        let cars: Vec<(i64, i64)> = positions(&mut rng, n, target)
            .into_iter()
            .map(|p| (p, rng.range(1, max_s)))
            .collect();
        case(&format!("small-{i}"), target, &cars);
    }

    let n = MAX_N;
    // Random positions and speeds over the whole range.
    for i in 0..3 {
        let cars: Vec<(i64, i64)> = positions(&mut rng, n, MAX_T)
            .into_iter()
            .map(|p| (p, rng.range(1, MAX_S)))
            .collect();
        case(&format!("max-random-{i}"), MAX_T, &cars);
    }
    // Slow speeds: long lone times, many merges.
    let cars: Vec<(i64, i64)> = positions(&mut rng, n, MAX_T)
        .into_iter()
        .map(|p| (p, rng.range(1, 10)))
        .collect();
    case("max-slow-speeds", MAX_T, &cars);
    // Every car at the same speed: nobody catches anybody, n fleets.
    let cars: Vec<(i64, i64)> = positions(&mut rng, n, MAX_T).into_iter().map(|p| (p, 7)).collect();
    case("max-same-speed", MAX_T, &cars);
    // Cars further back are slower: again n fleets.
    let mut ps = positions(&mut rng, n, MAX_T);
    ps.sort();
    let mut cars: Vec<(i64, i64)> = ps.iter().enumerate().map(|(i, &p)| (p, 1 + i as i64 * 10)).collect();
    rng.shuffle(&mut cars);
    case("max-slower-behind", MAX_T, &cars);
    // The car nearest the target is the slowest by far: one fleet.
    let mut ps = positions(&mut rng, n, MAX_T - 1);
    ps.sort();
    let mut cars: Vec<(i64, i64)> = ps.iter().map(|&p| (p, rng.range(2, MAX_S))).collect();
    cars.push((MAX_T - 1, 1));
    cars.remove(0);
    rng.shuffle(&mut cars);
    case("max-one-fleet", MAX_T, &cars);
    // All cars arrive at exactly the same moment (hour 5): position
    // target - 5 * speed, with different speeds. One fleet.
    let mut speeds: Vec<i64> = (1..=199_999).collect();
    rng.shuffle(&mut speeds);
    let cars: Vec<(i64, i64)> = speeds[..n].iter().map(|&s| (MAX_T - 5 * s, s)).collect();
    case("max-all-arrive-together", MAX_T, &cars);
    // Lone times that are whole hours from 1 to 40 (position
    // target - hours * speed): many cars share a lone time exactly, and a
    // car reaching a fleet exactly at the target is common.
    let mut cars = Vec::new();
    let mut used = HashSet::new();
    while cars.len() < n {
        let hours = rng.range(1, 40);
        let s = rng.range(1, MAX_T / hours);
        let p = MAX_T - hours * s;
        if p >= 0 && used.insert(p) {
            cars.push((p, s));
        }
    }
    rng.shuffle(&mut cars);
    case("max-exact-ties", MAX_T, &cars);
    // Near-equal lone times: distances close to the speeds, all near 1 hour.
    let ps = positions(&mut rng, n, 200_000);
    let cars: Vec<(i64, i64)> = ps.iter().map(|&p| (p, (MAX_T - p + rng.range(-3, 3)).min(MAX_S))).collect();
    case("max-near-one-hour", MAX_T, &cars);
    // Every position of a short road taken, on a road of length 10^5.
    let ps = positions(&mut rng, n, n as i64);
    let cars: Vec<(i64, i64)> = ps.iter().map(|&p| (p, rng.range(1, 1000))).collect();
    case("max-full-road", n as i64, &cars);
    // A single car on the longest road.
    case("single-car-max", MAX_T, &[(0, 1)]);
}
