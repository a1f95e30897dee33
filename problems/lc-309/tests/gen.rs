use judge_harness::r#gen::{Rng, emit, list, sized};

const MAX_N: usize = 5000;

fn case(prices: &[i64]) -> String {
    format!("[{}]", list(prices))
}

/// `n` prices in 0..=1000 of one of a few shapes: uniform, a random walk,
/// a narrow range (many ties), a noisy zigzag.
fn prices(rng: &mut Rng, n: usize, shape: usize) -> Vec<i64> {
    match shape {
        0 => (0..n).map(|_| rng.range(0, 1000)).collect(),
        1 => {
            let mut p = rng.range(0, 1000);
            (0..n)
                .map(|_| {
                    p = (p + rng.range(-40, 40)).clamp(0, 1000);
                    p
                })
                .collect()
        }
        2 => {
            let lo = rng.range(0, 997);
            (0..n).map(|_| rng.range(lo, lo + 3)).collect()
        }
        _ => {
            let period = rng.range(2, 5) as usize;
            (0..n)
                .map(|i| {
                    let base = if i % period == 0 { 100 } else { 800 };
                    (base + rng.range(-100, 100)).clamp(0, 1000)
                })
                .collect()
        }
    }
}

fn random(rng: &mut Rng, n: usize) -> String {
    let shape = rng.below(4);
    case(&prices(rng, n, shape))
}

fn main() {
    sized(random);
    let mut rng = Rng::new(309);

    // Small cases for the exhaustive brute force.
    for i in 0..36 {
        let n = 1 + rng.below(16);
        emit(&format!("small-{i}"), &random(&mut rng, n));
    }

    // Largest size, one per shape and a few fixed patterns.
    for (shape, name) in ["uniform", "random-walk", "narrow-range", "noisy-zigzag"].iter().enumerate() {
        emit(&format!("max-{name}"), &case(&prices(&mut rng, MAX_N, shape)));
    }
    let up: Vec<i64> = (0..MAX_N as i64).map(|i| i * 1000 / (MAX_N as i64 - 1)).collect();
    emit("max-increasing", &case(&up));
    let down: Vec<i64> = up.iter().rev().copied().collect();
    emit("max-decreasing", &case(&down));
    emit("max-all-equal", &case(&vec![500; MAX_N]));
    // Alternating 0 and 1000: the cooldown makes every other rise unusable.
    let zig2: Vec<i64> = (0..MAX_N).map(|i| if i % 2 == 0 { 0 } else { 1000 }).collect();
    emit("max-zigzag-period-2", &case(&zig2));
    // 0, 1000, 1000: a sale, a cooldown on the equal price, a purchase at 0.
    let zig3: Vec<i64> = (0..MAX_N).map(|i| if i % 3 == 0 { 0 } else { 1000 }).collect();
    emit("max-zigzag-period-3", &case(&zig3));
    // A valley and a peak: one long trade.
    let v: Vec<i64> = (0..MAX_N as i64).map(|i| (i - MAX_N as i64 / 2).abs() * 1000 / (MAX_N as i64 / 2)).map(|x| x.min(1000)).collect();
    emit("max-v-shape", &case(&v));
    // Rises of one separated by single drops of one: merging trades across
    // a drop beats trading every rise.
    let steps: Vec<i64> = (0..MAX_N as i64).map(|i| 300 + (i / 3) % 400 + if i % 3 == 2 { -1 } else { i % 3 }).collect();
    emit("max-small-steps", &case(&steps));
}
