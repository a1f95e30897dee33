use judge_harness::r#gen::{Rng, emit, list, sized};

const MAX_N: usize = 100_000;
const MAX_P: i64 = 10_000;

fn emit_case(name: &str, prices: &[i64]) {
    assert!(!prices.is_empty() && prices.len() <= MAX_N);
    assert!(prices.iter().all(|p| (0..=MAX_P).contains(p)));
    emit(name, &format!("[{}]", list(prices)));
}

/// A random walk starting at `start`, kept inside 0..=MAX_P.
fn walk(rng: &mut Rng, n: usize, start: i64, step: i64) -> Vec<i64> {
    let mut p = start;
    (0..n)
        .map(|_| {
            p = (p + rng.range(-step, step)).clamp(0, MAX_P);
            p
        })
        .collect()
}

/// A random valid input of `n` prices (1 <= n <= 10^5): a random walk half
/// of the time, uniform prices otherwise, with a price range that grows with
/// n (small inputs repeat prices and often fall).
fn random(rng: &mut Rng, n: usize) -> String {
    let top = (2 * n as i64 + 3).min(MAX_P);
    let prices: Vec<i64> = if rng.chance(0.5) {
        let start = rng.range(0, top);
        let step = (top / 10).max(1);
        walk(rng, n, start, step).into_iter().map(|p| p.min(top)).collect()
    } else {
        (0..n).map(|_| rng.range(0, top)).collect()
    };
    format!("[{}]", list(&prices))
}

fn main() {
    sized(random);
    let mut rng = Rng::new(121);

    // Small cases with few distinct prices, for the brute force.
    for i in 0..30 {
        let n = 1 + rng.below(12);
        let top = rng.range(0, 9);
        let prices: Vec<i64> = (0..n).map(|_| rng.range(0, top)).collect();
        emit_case(&format!("small-{i}"), &prices);
    }
    for i in 0..6 {
        let n = 50 + rng.below(400);
        let start = rng.range(0, MAX_P);
        let prices = walk(&mut rng, n, start, 300);
        emit_case(&format!("medium-{i}"), &prices);
    }

    // Maximum length.
    let prices: Vec<i64> = (0..MAX_N).map(|_| rng.range(0, MAX_P)).collect();
    emit_case("random-max", &prices);
    let prices = walk(&mut rng, MAX_N, MAX_P / 2, 50);
    emit_case("random-walk-max", &prices);
    // Falling with noise: the answer is small but positive.
    let prices: Vec<i64> = (0..MAX_N as i64)
        .map(|i| (MAX_P - i * MAX_P / MAX_N as i64 + rng.range(0, 3)).min(MAX_P))
        .collect();
    emit_case("falling-noisy-max", &prices);
    // Strictly falling then flat: the answer is 0.
    let prices: Vec<i64> = (0..MAX_N as i64).map(|i| (MAX_P - i).max(0)).collect();
    emit_case("falling-max", &prices);
    emit_case("all-equal-max", &vec![MAX_P; MAX_N]);
    // Rising from 0 to the maximum: buy first, sell last.
    let prices: Vec<i64> = (0..MAX_N as i64).map(|i| i * MAX_P / (MAX_N as i64 - 1)).collect();
    emit_case("rising-max", &prices);
    // Alternating between the extremes.
    let prices: Vec<i64> = (0..MAX_N).map(|i| if i % 2 == 0 { MAX_P } else { 0 }).collect();
    emit_case("alternating-max", &prices);
    // A big early trade, then the global minimum near the end with little
    // room to rise.
    let mut prices: Vec<i64> = (0..MAX_N).map(|_| rng.range(4000, 6000)).collect();
    prices[10] = 1000;
    prices[20] = 9000;
    let n = MAX_N;
    prices[n - 3] = 0;
    prices[n - 2] = 50;
    prices[n - 1] = 20;
    emit_case("early-trade-late-min-max", &prices);
}
