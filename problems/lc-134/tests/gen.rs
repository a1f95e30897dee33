use judge_harness::r#gen::{Rng, emit, list, sized};
use std::collections::VecDeque;

const MAX_N: usize = 100_000;
const MAX_V: i64 = 10_000;

/// Every start from which the whole loop can be driven (prefix sums over
/// the circle unrolled twice, with a sliding-window minimum).
fn valid_starts(gas: &[i64], cost: &[i64]) -> Vec<usize> {
    let n = gas.len();
    let mut p = vec![0i64; 2 * n + 1];
    for i in 0..2 * n {
        p[i + 1] = p[i] + gas[i % n] - cost[i % n];
    }
    // Window p[s+1..=s+n] for s = 0..n, its minimum from a monotonic deque.
    let mut out = Vec::new();
    let mut dq: VecDeque<usize> = VecDeque::new();
    for j in 1..2 * n {
        while dq.back().is_some_and(|&b| p[b] >= p[j]) {
            dq.pop_back();
        }
        dq.push_back(j);
        if j >= n {
            let s = j - n;
            while *dq.front().unwrap() <= s {
                dq.pop_front();
            }
            if p[*dq.front().unwrap()] >= p[s] {
                out.push(s);
            }
        }
    }
    out
}

fn args(gas: &[i64], cost: &[i64]) -> String {
    let n = gas.len();
    assert!((1..=MAX_N).contains(&n) && cost.len() == n);
    assert!(gas.iter().chain(cost).all(|&v| (0..=MAX_V).contains(&v)));
    let v = valid_starts(gas, cost);
    assert!(v.len() <= 1, "the answer must be unique, found starts {:?}", &v[..v.len().min(5)]);
    format!("[{},{}]", list(gas), list(cost))
}

/// Splits tank changes d into gas and cost, both in 0..=10^4, with gas at
/// most `scale` above the smallest value possible.
fn split(rng: &mut Rng, d: &[i64], scale: i64) -> (Vec<i64>, Vec<i64>) {
    let mut gas = Vec::with_capacity(d.len());
    let mut cost = Vec::with_capacity(d.len());
    for &x in d {
        let lo = x.max(0);
        let hi = (MAX_V + x).min(MAX_V).min(lo + scale);
        let g = rng.range(lo, hi);
        gas.push(g);
        cost.push(g - x);
    }
    (gas, cost)
}

/// Tank changes for a circle with exactly one valid start, seen from that
/// start: every partial sum before the last is above the total `t` (which
/// is what makes the start unique) and the sum of all is `t`. Steps are
/// random of size up to `step`, kept inside the bounds that still let the
/// walk come down to `t` at the end.
fn unique_walk(rng: &mut Rng, n: usize, t: i64, step: i64) -> Vec<i64> {
    assert!((0..MAX_V).contains(&t) || (n == 1 && t == MAX_V));
    let mut d = Vec::with_capacity(n);
    let mut q = 0i64;
    for k in 0..n - 1 {
        let lo = (t + 1 - q).max(-MAX_V);
        let hi = (t + MAX_V * (n - 1 - k) as i64 - q).min(MAX_V);
        let x = rng.range(-step, step).clamp(lo, hi);
        d.push(x);
        q += x;
    }
    d.push(t - q);
    d
}

/// A circle with a unique start `s` (the walk rotated to begin there).
fn with_answer(rng: &mut Rng, n: usize, s: usize, t: i64, step: i64, scale: i64) -> (Vec<i64>, Vec<i64>) {
    let walk = unique_walk(rng, n, t, step);
    let mut d = vec![0; n];
    for k in 0..n {
        d[(s + k) % n] = walk[k];
    }
    split(rng, &d, scale)
}

/// Random stations with a negative total: random values up to `cap`, then
/// fuel taken away at random stations until the total is negative.
fn without_answer(rng: &mut Rng, n: usize, cap: i64) -> (Vec<i64>, Vec<i64>) {
    let mut gas: Vec<i64> = (0..n).map(|_| rng.range(0, cap)).collect();
    let mut cost: Vec<i64> = (0..n).map(|_| rng.range(0, cap)).collect();
    let mut total: i64 = gas.iter().sum::<i64>() - cost.iter().sum::<i64>();
    while total >= 0 {
        let i = rng.below(n);
        let want = total + 1;
        let from_gas = gas[i].min(want);
        gas[i] -= from_gas;
        let from_cost = (MAX_V - cost[i]).min(want - from_gas);
        cost[i] += from_cost;
        total -= from_gas + from_cost;
    }
    (gas, cost)
}

/// A random valid input with n stations (1 <= n <= 10^5): half of the time
/// a circle with exactly one valid start at a random station, with a
/// random total and step size; otherwise random stations whose total is
/// negative (answer -1).
fn random(rng: &mut Rng, n: usize) -> String {
    let (gas, cost) = if rng.chance(0.5) {
        let s = rng.below(n);
        let t = if n == 1 { rng.range(0, MAX_V) } else { *rng.pick(&[0, 0, 1, 5, 100, 9999]) };
        let step = *rng.pick(&[1, 3, 20, 1000, MAX_V]);
        let scale = *rng.pick(&[0, 10, MAX_V]);
        with_answer(rng, n, s, t, step, scale)
    } else {
        let cap = *rng.pick(&[1, 5, 100, MAX_V]);
        without_answer(rng, n, cap)
    };
    args(&gas, &cost)
}

fn main() {
    sized(random);
    let mut rng = Rng::new(134);

    // Small random cases for the brute-force cross-check.
    for i in 0..36 {
        let n = 1 + rng.below(10);
        let (gas, cost) = if i % 2 == 0 {
            let s = rng.below(n);
            let t = if n == 1 { rng.range(0, 5) } else { rng.range(0, 4) };
            let step = *rng.pick(&[1, 2, 5]);
            with_answer(&mut rng, n, s, t, step, 6)
        } else {
            {
            let cap = *rng.pick(&[2, 4, 8]);
            without_answer(&mut rng, n, cap)
        }
        };
        emit(&format!("small-{i}"), &args(&gas, &cost));
    }

    // At the largest size: the cases that separate O(n^2) from O(n) and
    // O(n log n), with small values to keep the test set small.
    let n = MAX_N;
    // Fuel equals cost everywhere except a surplus of 2 at station s and a
    // deficit of 1 just before it: every other start drives almost the
    // whole loop before failing (quadratic for restarting drives).
    let s = n / 2 + 17;
    let mut gas = vec![5i64; n];
    let cost = vec![5i64; n];
    gas[s] += 2;
    gas[s - 1] -= 1;
    emit("max-one-surplus-one-deficit", &args(&gas, &cost));
    // Equal fuel and cost except one station short by one: -1, and again
    // every drive fails only at that station.
    let mut gas = vec![1i64; n];
    let cost = vec![1i64; n];
    gas[0] = 0;
    emit("max-all-ones-first-short", &args(&gas, &cost));
    let mut gas = vec![9i64; n];
    let cost = vec![9i64; n];
    gas[n - 1] -= 1;
    emit("max-all-equal-last-short", &args(&gas, &cost));
    let s = rng.below(n);
    let (gas, cost) = with_answer(&mut rng, n, s, 3, 20, 20);
    emit("max-random-answer", &args(&gas, &cost));
    let (gas, cost) = without_answer(&mut rng, n, 30);
    emit("max-random-none", &args(&gas, &cost));

    // Other shapes at a fifth of the largest size.
    let n = MAX_N / 5;
    for (k, step) in [(0, 1000), (1, MAX_V), (2, 5)] {
        let s = rng.below(n);
        let t = rng.range(0, 50);
        let (gas, cost) = with_answer(&mut rng, n, s, t, step, MAX_V);
        emit(&format!("large-random-answer-{k}"), &args(&gas, &cost));
    }
    for (k, cap) in [(0, MAX_V), (1, 3)] {
        let (gas, cost) = without_answer(&mut rng, n, cap);
        emit(&format!("large-random-none-{k}"), &args(&gas, &cost));
    }
    // Total exactly zero, answer at 0 and at n - 1.
    let (gas, cost) = with_answer(&mut rng, n, 0, 0, 100, 100);
    emit("large-total-zero-start-0", &args(&gas, &cost));
    let (gas, cost) = with_answer(&mut rng, n, n - 1, 0, 100, 100);
    emit("large-total-zero-start-last", &args(&gas, &cost));
    // The same circle one unit short: no answer.
    let mut short = gas.clone();
    let i = (0..n).find(|&i| short[i] > 0).unwrap();
    short[i] -= 1;
    emit("large-one-unit-short", &args(&short, &cost));
    // Large swings: full tank changes of +-10^4.
    let s = rng.below(n);
    let (gas, cost) = with_answer(&mut rng, n, s, 9999, MAX_V, MAX_V);
    emit("large-big-total", &args(&gas, &cost));
}
