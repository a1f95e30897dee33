use judge_harness::r#gen::{Rng, emit, list, sized};

const MAX_N: usize = 20_000;
const MAX_H: i64 = 100_000;

fn emit_case(name: &str, height: &[i64]) {
    assert!(!height.is_empty() && height.len() <= MAX_N);
    assert!(height.iter().all(|h| (0..=MAX_H).contains(h)));
    emit(name, &format!("[{}]", list(height)));
}

/// A random valid input of `n` heights (1 <= n <= 2 * 10^4), from 0 up to a
/// top that grows with n (so small inputs tie and hold water), capped at 10^5.
fn random(rng: &mut Rng, n: usize) -> String {
    let top = (2 * n as i64 + 3).min(MAX_H);
    let height: Vec<i64> = (0..n).map(|_| rng.range(0, top)).collect();
    format!("[{}]", list(&height))
}

fn main() {
    sized(random);
    let mut rng = Rng::new(42);

    // Small cases with few distinct heights, for the brute force.
    for i in 0..30 {
        let n = 1 + rng.below(14);
        let top = rng.range(0, 6);
        let height: Vec<i64> = (0..n).map(|_| rng.range(0, top)).collect();
        emit_case(&format!("small-{i}"), &height);
    }
    for i in 0..6 {
        let n = 50 + rng.below(400);
        let top = if i % 2 == 0 { 50 } else { MAX_H };
        let height: Vec<i64> = (0..n).map(|_| rng.range(0, top)).collect();
        emit_case(&format!("medium-{i}"), &height);
    }

    // Maximum length.
    for i in 0..2 {
        let height: Vec<i64> = (0..MAX_N).map(|_| rng.range(0, MAX_H)).collect();
        emit_case(&format!("random-max-{i}"), &height);
    }
    // The deepest possible basin: full walls at both ends, a floor of 0. The
    // answer, 19998 * 10^5, is close to the i32 limit.
    let mut height = vec![0i64; MAX_N];
    height[0] = MAX_H;
    height[MAX_N - 1] = MAX_H;
    emit_case("deepest-basin-max", &height);
    // A basin with a rough floor and a slightly lower right wall.
    let mut height: Vec<i64> = (0..MAX_N).map(|_| rng.range(0, 1000)).collect();
    height[0] = MAX_H;
    height[MAX_N - 1] = MAX_H - 1;
    emit_case("rough-basin-max", &height);
    emit_case("all-max-max", &vec![MAX_H; MAX_N]);
    emit_case("all-zero-max", &vec![0; MAX_N]);
    // Rising, falling and a mountain hold no water.
    let rising: Vec<i64> = (0..MAX_N as i64).map(|i| i * MAX_H / (MAX_N as i64 - 1)).collect();
    emit_case("rising-max", &rising);
    let falling: Vec<i64> = rising.iter().rev().copied().collect();
    emit_case("falling-max", &falling);
    let half = MAX_N as i64 / 2;
    let mountain: Vec<i64> = (0..MAX_N as i64).map(|i| MAX_H - (i - half).abs() * MAX_H / half).collect();
    emit_case("mountain-max", &mountain);
    // A valley: water everywhere, limited by the lower of the two sides.
    let valley: Vec<i64> = (0..MAX_N as i64).map(|i| (i - half).abs() * MAX_H / half).collect();
    emit_case("valley-max", &valley);
    // Alternating full walls and empty columns.
    let height: Vec<i64> = (0..MAX_N).map(|i| if i % 2 == 0 { MAX_H } else { 0 }).collect();
    emit_case("comb-max", &height);
    // One tall bar in the middle, random low bars elsewhere: the water on
    // each side is held by that side's own peaks.
    let mut height: Vec<i64> = (0..MAX_N).map(|_| rng.range(0, MAX_H / 2)).collect();
    height[MAX_N / 2] = MAX_H;
    emit_case("central-peak-max", &height);
    // Nested basins: random bars under a staircase of walls.
    let mut height: Vec<i64> = (0..MAX_N).map(|_| rng.range(0, MAX_H / 10)).collect();
    for k in 0..10 {
        let w = MAX_H - k as i64 * 5000;
        height[k * 1000] = w;
        height[MAX_N - 1 - k * 700] = w - 1;
    }
    emit_case("staircase-walls-max", &height);
}
