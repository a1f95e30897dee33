use judge_harness::r#gen::{Rng, emit, list, sized};

const MAX_N: usize = 100_000;
const MAX_H: i64 = 10_000;

fn emit_case(name: &str, height: &[i64]) {
    assert!(height.len() >= 2 && height.len() <= MAX_N);
    assert!(height.iter().all(|h| (0..=MAX_H).contains(h)));
    emit(name, &format!("[{}]", list(height)));
}

/// A random valid input of `n` heights (2 <= n <= 10^5), from 0 up to a top
/// that grows with n (so small inputs tie), capped at 10^4.
fn random(rng: &mut Rng, n: usize) -> String {
    let top = (2 * n as i64 + 3).min(MAX_H);
    let height: Vec<i64> = (0..n).map(|_| rng.range(0, top)).collect();
    format!("[{}]", list(&height))
}

fn main() {
    sized(random);
    let mut rng = Rng::new(11);

    // Small cases with few distinct heights (many ties), for the brute force.
    for i in 0..30 {
        let n = 2 + rng.below(12);
        let top = rng.range(0, 8);
        let height: Vec<i64> = (0..n).map(|_| rng.range(0, top)).collect();
        emit_case(&format!("small-{i}"), &height);
    }
    for i in 0..6 {
        let n = 50 + rng.below(400);
        let height: Vec<i64> = (0..n).map(|_| rng.range(0, MAX_H)).collect();
        emit_case(&format!("medium-{i}"), &height);
    }

    // Maximum length.
    for i in 0..2 {
        let height: Vec<i64> = (0..MAX_N).map(|_| rng.range(0, MAX_H)).collect();
        emit_case(&format!("random-max-{i}"), &height);
    }
    // Every line at full height: the answer is 10^4 * (10^5 - 1).
    emit_case("all-max-height-max", &vec![MAX_H; MAX_N]);
    emit_case("all-zero-max", &vec![0; MAX_N]);
    // Increasing and decreasing heights.
    let height: Vec<i64> = (0..MAX_N as i64).map(|i| i * MAX_H / (MAX_N as i64 - 1)).collect();
    emit_case("increasing-max", &height);
    let reversed: Vec<i64> = height.iter().rev().copied().collect();
    emit_case("decreasing-max", &reversed);
    // A valley: tall at both ends, low in the middle.
    let half = MAX_N as i64 / 2;
    let height: Vec<i64> = (0..MAX_N as i64).map(|i| (i - half).abs() * MAX_H / half).collect();
    emit_case("valley-max", &height);
    // A mountain: the tallest lines are close together in the middle.
    let height: Vec<i64> = (0..MAX_N as i64).map(|i| MAX_H - (i - half).abs() * MAX_H / half).collect();
    emit_case("mountain-max", &height);
    // Low random lines plus two tall ones at random places.
    let mut height: Vec<i64> = (0..MAX_N).map(|_| rng.range(0, 100)).collect();
    let a = rng.below(MAX_N / 4);
    let b = MAX_N / 2 + rng.below(MAX_N / 2);
    height[a] = MAX_H;
    height[b] = MAX_H - 1;
    emit_case("two-tall-lines-max", &height);
    // Short lines at the ends, a block of tall lines inside.
    let mut height = vec![1i64; MAX_N];
    for h in &mut height[MAX_N / 3..2 * MAX_N / 3] {
        *h = rng.range(MAX_H - 50, MAX_H);
    }
    emit_case("tall-block-inside-max", &height);
    // Alternating zero and full-height lines.
    let height: Vec<i64> = (0..MAX_N).map(|i| if i % 2 == 0 { 0 } else { MAX_H }).collect();
    emit_case("alternating-max", &height);
}
