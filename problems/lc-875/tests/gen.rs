use judge_harness::r#gen::{emit, list, Rng, sized};

const MAX_N: usize = 10_000;
const MAX_P: i64 = 1_000_000_000;
const MAX_H: i64 = 1_000_000_000;

fn emit_case(name: &str, piles: &[i64], h: i64) {
    assert!((1..=MAX_N).contains(&piles.len()));
    assert!(piles.iter().all(|&p| (1..=MAX_P).contains(&p)));
    assert!(piles.len() as i64 <= h && h <= MAX_H);
    emit(name, &format!("[{},{}]", list(piles), h));
}

fn random_piles(rng: &mut Rng, n: usize, max: i64) -> Vec<i64> {
    (0..n).map(|_| rng.range(1, max)).collect()
}

/// A random valid input of n piles (1 <= n <= 10^4) of up to 10n^2 + 20
/// bananas (capped at 10^9); h is half the time tight (n..=2n), otherwise
/// anywhere from n up to the total (capped at 10^9).
fn random(rng: &mut Rng, n: usize) -> String {
    let n64 = n as i64;
    let max = (10 * n64 * n64 + 20).min(MAX_P);
    let piles = random_piles(rng, n, max);
    let total: i64 = piles.iter().sum();
    let h = if rng.chance(0.5) {
        rng.range(n64, 2 * n64)
    } else {
        rng.range(n64, total.clamp(n64, MAX_H))
    };
    format!("[{},{}]", list(&piles), h)
}

fn main() {
    sized(random);
    let mut rng = Rng::new(875);

    // Small piles, h anywhere from n to a little over the total, for the
    // brute force.
    for i in 0..30 {
        let n = 1 + rng.below(8);
        let piles = random_piles(&mut rng, n, 30);
        let total: i64 = piles.iter().sum();
        let h = rng.range(n as i64, total + 3);
        emit_case(&format!("small-{i}"), &piles, h);
    }
    for i in 0..6 {
        let n = 50 + rng.below(150);
        let piles = random_piles(&mut rng, n, 1_000);
        let total: i64 = piles.iter().sum();
        let h = rng.range(n as i64, total);
        emit_case(&format!("medium-{i}"), &piles, h);
    }

    let n = MAX_N as i64;
    // Maximum number of piles, full range of sizes: h = n (the answer is
    // the largest pile), h = n + 1, h at its maximum, and h in between.
    for (i, h) in [n, n + 1, MAX_H, 1_000_000, 123_456_789].into_iter().enumerate() {
        let piles = random_piles(&mut rng, MAX_N, MAX_P);
        emit_case(&format!("random-max-{i}"), &piles, h);
    }
    // Every pile at the maximum: their total, 10^13, overflows i32.
    let piles = vec![MAX_P; MAX_N];
    emit_case("all-max-hours-n", &piles, n);
    emit_case("all-max-hours-max", &piles, MAX_H);
    emit_case("all-max-hours-2n", &piles, 2 * n);
    // Every pile of one banana: the answer is 1.
    let piles = vec![1; MAX_N];
    emit_case("all-ones-hours-n", &piles, n);
    emit_case("all-ones-hours-max", &piles, MAX_H);
    // Piles whose total fits in h exactly: speed 1 is just enough, and one
    // hour less forces speed 2.
    let piles = random_piles(&mut rng, MAX_N, 100_000);
    let total: i64 = piles.iter().sum();
    emit_case("total-equals-hours-max", &piles, total);
    emit_case("total-minus-one-hours-max", &piles, total - 1);
    // One huge pile among tiny ones.
    let mut piles = random_piles(&mut rng, MAX_N - 1, 10);
    piles.push(MAX_P);
    rng.shuffle(&mut piles);
    emit_case("one-huge-pile-max", &piles, n + 5);
    emit_case("one-huge-pile-hours-max", &piles, MAX_H);
}
