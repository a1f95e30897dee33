use judge_harness::r#gen::{Rng, emit, list, sized};

const MAX_N: usize = 1000;
const MAX_COST: i64 = 999;

fn case(name: &str, cost: &[i64]) {
    assert!((2..=MAX_N).contains(&cost.len()));
    assert!(cost.iter().all(|c| (0..=MAX_COST).contains(c)));
    emit(name, &format!("[{}]", list(cost)));
}

/// A random valid input: `n` prices (2 <= n <= 1000), each in 0..=999,
/// drawn from a random sub-range so that cheap and dear stretches mix.
fn random(rng: &mut Rng, n: usize) -> String {
    let hi = rng.range(0, MAX_COST);
    let cost: Vec<i64> = (0..n).map(|_| rng.range(0, hi)).collect();
    format!("[{}]", list(&cost))
}

fn main() {
    sized(random);
    let mut rng = Rng::new(746);
    // Small cases for the brute force (exponential in n).
    for i in 0..36 {
        let n = 2 + rng.below(17);
        let hi = *rng.pick(&[1, 3, 10, 100, MAX_COST]);
        let cost: Vec<i64> = (0..n).map(|_| rng.range(0, hi)).collect();
        case(&format!("small-{i}"), &cost);
    }
    // The largest length, with different shapes.
    for i in 0..3 {
        let cost: Vec<i64> = (0..MAX_N).map(|_| rng.range(0, MAX_COST)).collect();
        case(&format!("random-max-{i}"), &cost);
    }
    case("all-zero-max", &vec![0; MAX_N]);
    case("all-max-max", &vec![MAX_COST; MAX_N]);
    let alternating: Vec<i64> = (0..MAX_N).map(|i| if i % 2 == 0 { 0 } else { MAX_COST }).collect();
    case("alternating-max", &alternating);
    // Every third step free: the cheapest route must use jumps of two.
    let thirds: Vec<i64> = (0..MAX_N).map(|i| if i % 3 == 0 { 0 } else { MAX_COST }).collect();
    case("free-every-third-max", &thirds);
    let ascending: Vec<i64> = (0..MAX_N as i64).map(|i| i * MAX_COST / (MAX_N as i64 - 1)).collect();
    case("ascending-max", &ascending);
    let descending: Vec<i64> = ascending.iter().rev().copied().collect();
    case("descending-max", &descending);
    // Mostly cheap with rare expensive walls of two steps.
    let walls: Vec<i64> = (0..MAX_N).map(|i| if i % 50 == 10 || i % 50 == 11 { MAX_COST } else { rng.range(0, 5) }).collect();
    case("walls-max", &walls);
    // Greedy traps repeated: a cheap step before a dear one.
    let traps: Vec<i64> = (0..MAX_N).map(|i| [1, 2, 100, 1][i % 4]).collect();
    case("greedy-traps-max", &traps);
}
