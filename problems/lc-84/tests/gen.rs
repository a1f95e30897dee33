use judge_harness::r#gen::{Rng, emit, list, sized};

const MAX_N: usize = 100_000;
const MAX_H: i64 = 10_000;

fn emit_case(name: &str, heights: &[i64]) {
    assert!(!heights.is_empty() && heights.len() <= MAX_N);
    assert!(heights.iter().all(|h| (0..=MAX_H).contains(h)));
    emit(name, &format!("[{}]", list(heights)));
}

/// A random valid input of `n` bars (1 <= n <= 10^5), heights up to a
/// limit that grows with n (at most 10^4): uniform heights half of the
/// time, otherwise a random walk (long runs of similar heights, where the
/// best rectangle is wide).
fn random(rng: &mut Rng, n: usize) -> String {
    let top = (2 * n as i64 + 3).min(MAX_H);
    let heights: Vec<i64> = if rng.chance(0.5) {
        (0..n).map(|_| rng.range(0, top)).collect()
    } else {
        let step = top / 20 + 1;
        let mut cur = rng.range(0, top);
        (0..n)
            .map(|_| {
                cur = (cur + rng.range(-step, step)).clamp(0, top);
                cur
            })
            .collect()
    };
    format!("[{}]", list(&heights))
}

fn main() {
    sized(random);
    let mut rng = Rng::new(84);

    // Small cases with few distinct heights, for the brute force.
    for i in 0..32 {
        let n = 1 + rng.below(14);
        let top = rng.range(0, 6);
        let heights: Vec<i64> = (0..n).map(|_| rng.range(0, top)).collect();
        emit_case(&format!("small-{i}"), &heights);
    }
    for i in 0..6 {
        let n = 100 + rng.below(2000);
        let top = if i % 2 == 0 { 20 } else { MAX_H };
        let heights: Vec<i64> = (0..n).map(|_| rng.range(0, top)).collect();
        emit_case(&format!("medium-{i}"), &heights);
    }

    // Maximum length, uniform heights and few distinct heights.
    for i in 0..2 {
        let heights: Vec<i64> = (0..MAX_N).map(|_| rng.range(0, MAX_H)).collect();
        emit_case(&format!("random-max-{i}"), &heights);
    }
    let heights: Vec<i64> = (0..MAX_N).map(|_| rng.range(9_990, MAX_H)).collect();
    emit_case("random-high-max", &heights);

    // Flat at the top height: the answer is 10^9, near the i32 limit, and
    // walking outward from every bar is quadratic.
    emit_case("all-max-max", &vec![MAX_H; MAX_N]);
    emit_case("all-zero-max", &vec![0; MAX_N]);
    // Rising and falling ramps: the stack grows to n (rising) or stays at one
    // bar (falling); the best rectangle is in the middle of the range.
    let rising: Vec<i64> = (0..MAX_N as i64).map(|i| i * MAX_H / (MAX_N as i64 - 1)).collect();
    emit_case("rising-max", &rising);
    let falling: Vec<i64> = rising.iter().rev().copied().collect();
    emit_case("falling-max", &falling);
    // Strictly rising by one from 1 (the tail is flat at 10^4).
    let steps: Vec<i64> = (0..MAX_N as i64).map(|i| (i + 1).min(MAX_H)).collect();
    emit_case("steps-then-flat-max", &steps);
    // A pyramid: up then down.
    let pyramid: Vec<i64> = (0..MAX_N as i64)
        .map(|i| {
            let d = i.min(MAX_N as i64 - 1 - i);
            d * MAX_H / (MAX_N as i64 / 2)
        })
        .collect();
    emit_case("pyramid-max", &pyramid);
    // A valley: down then up.
    let valley: Vec<i64> = pyramid.iter().map(|h| MAX_H - h).collect();
    emit_case("valley-max", &valley);
    // Flat at 10^4 except one zero in the middle.
    let mut split = vec![MAX_H; MAX_N];
    split[MAX_N / 2 + 7] = 0;
    emit_case("split-by-zero-max", &split);
    // Saw-tooth of rising runs.
    let saw: Vec<i64> = (0..MAX_N as i64).map(|i| 1 + (i % 1000) * 10).collect();
    emit_case("sawtooth-max", &saw);
    // Alternating high and low bars.
    let alt: Vec<i64> = (0..MAX_N).map(|i| if i % 2 == 0 { MAX_H } else { 5_000 }).collect();
    emit_case("alternating-max", &alt);
    // Random walk.
    let mut cur = MAX_H / 2;
    let walk: Vec<i64> = (0..MAX_N)
        .map(|_| {
            cur = (cur + rng.range(-50, 50)).clamp(0, MAX_H);
            cur
        })
        .collect();
    emit_case("random-walk-max", &walk);
}
