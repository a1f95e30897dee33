use judge_harness::r#gen::{Rng, emit, list, sized};

const MAX_N: usize = 10_000;
const MAX_V: i64 = 1_000_000_000;

fn args(hand: &[i64], k: usize) -> String {
    assert!((1..=MAX_N).contains(&hand.len()), "hand length");
    assert!((1..=hand.len()).contains(&k), "group size");
    assert!(hand.iter().all(|&v| (0..=MAX_V).contains(&v)), "card values");
    format!("[{},{}]", list(hand), k)
}

/// `n / k` groups of k consecutive numbers, each starting at a random
/// number in lo..=hi (so groups overlap when the window is small), shuffled.
fn groups(rng: &mut Rng, n: usize, k: usize, lo: i64, hi: i64) -> Vec<i64> {
    assert!(n % k == 0 && hi + k as i64 - 1 <= MAX_V);
    let mut hand = Vec::with_capacity(n);
    for _ in 0..n / k {
        let s = rng.range(lo, hi);
        hand.extend(s..s + k as i64);
    }
    rng.shuffle(&mut hand);
    hand
}

/// Breaks a hand by moving one card to a neighbouring (or a random) value.
fn spoil(rng: &mut Rng, hand: &mut [i64]) {
    let i = rng.below(hand.len());
    hand[i] = match rng.below(3) {
        0 => (hand[i] + 1).min(MAX_V),
        1 => (hand[i] - 1).max(0),
        _ => rng.range(0, MAX_V),
    };
}

/// A window for group starts: tiny (many repeated groups), around the
/// hand's size, or the whole range of values.
fn window(rng: &mut Rng, n: usize, k: usize) -> (i64, i64) {
    let width = match rng.below(4) {
        0 => k as i64,
        1 => 2 * n as i64,
        2 => 3,
        _ => MAX_V,
    };
    let hi_max = MAX_V - k as i64 + 1;
    let lo = rng.range(0, hi_max - width.min(hi_max));
    (lo, (lo + width).min(hi_max))
}

/// A random valid input with n cards (1 <= n <= 10^4). Most of the time the
/// group size divides n and the hand is made of straights (starts drawn from
/// a window of random width), sometimes with one card moved; otherwise any
/// group size and random cards from a small or a wide range.
fn random(rng: &mut Rng, n: usize) -> String {
    if rng.chance(0.75) {
        let divisors: Vec<usize> = (1..=n).filter(|d| n % d == 0).collect();
        let k = *rng.pick(&divisors);
        let (lo, hi) = window(rng, n, k);
        let mut hand = groups(rng, n, k, lo, hi);
        if rng.chance(0.4) {
            spoil(rng, &mut hand);
        }
        args(&hand, k)
    } else {
        let cap = *rng.pick(&[3, 10, MAX_N]);
        let k = 1 + rng.below(n.min(cap));
        let top = *rng.pick(&[(n as i64 / 2).max(1), 20, MAX_V]);
        let hand: Vec<i64> = (0..n).map(|_| rng.range(0, top)).collect();
        args(&hand, k)
    }
}

fn main() {
    sized(random);
    let mut rng = Rng::new(846);

    // Small random cases for the brute-force cross-check.
    for i in 0..36 {
        let k = 1 + rng.below(4);
        let n = k * (1 + rng.below(12 / k));
        let (lo, hi) = (rng.range(0, 5), rng.range(5, 9));
        let mut hand = groups(&mut rng, n, k, lo, hi);
        match i % 4 {
            0 | 1 => {}
            2 => spoil(&mut rng, &mut hand),
            _ => {
                // Any small hand, group size not necessarily a divisor.
                let m = 1 + rng.below(12);
                hand = (0..m).map(|_| rng.range(0, 6)).collect();
                let k = 1 + rng.below(m.min(4));
                emit(&format!("small-{i}"), &args(&hand, k));
                continue;
            }
        }
        emit(&format!("small-{i}"), &args(&hand, k));
    }

    let n = MAX_N;
    // One group of every number in a run ending at 10^9.
    let mut run: Vec<i64> = (MAX_V - n as i64 + 1..=MAX_V).collect();
    rng.shuffle(&mut run);
    emit("max-one-group", &args(&run, n));
    let mut broken = run.clone();
    broken[0] = MAX_V - n as i64;
    emit("max-one-group-broken", &args(&broken, n));
    // Groups of one: always true.
    let any: Vec<i64> = (0..n).map(|_| rng.range(0, MAX_V)).collect();
    emit("max-group-size-1", &args(&any, 1));
    // 5000 copies of [5, 6].
    let mut pairs: Vec<i64> = (0..n).map(|i| 5 + (i % 2) as i64).collect();
    rng.shuffle(&mut pairs);
    emit("max-repeated-pair", &args(&pairs, 2));
    // All cards equal.
    emit("max-all-equal-k1", &args(&vec![7; n], 1));
    emit("max-all-equal-k2", &args(&vec![7; n], 2));
    // Heavily overlapping straights from a narrow window, and wide ones.
    emit("max-overlap-k100", &args(&groups(&mut rng, n, 100, 1000, 1100), 100));
    emit("max-overlap-k10", &args(&groups(&mut rng, n, 10, 0, 50), 10));
    emit("max-wide-k4", &args(&groups(&mut rng, n, 4, 0, MAX_V - 3), 4));
    let mut spoilt = groups(&mut rng, n, 50, 0, 200);
    spoil(&mut rng, &mut spoilt);
    emit("max-overlap-k50-spoilt", &args(&spoilt, 50));
    // Nearly right: one card short in the last group and one extra elsewhere.
    let mut near = groups(&mut rng, n, 8, 100, 300);
    let last = *near.iter().max().unwrap();
    let p = near.iter().position(|&v| v == last).unwrap();
    near[p] = 100;
    emit("max-near-miss-k8", &args(&near, 8));
    // Size not a multiple of the group size.
    let mut odd = groups(&mut rng, n - 1, 3, 0, 1000);
    odd.push(5);
    emit("max-not-divisible", &args(&odd, 7));
    // Random cards.
    let random_cards: Vec<i64> = (0..n).map(|_| rng.range(0, 3000)).collect();
    emit("max-random-cards-k5", &args(&random_cards, 5));
}
