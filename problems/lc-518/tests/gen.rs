use judge_harness::r#gen::{Rng, emit, list, sized};

const MAX_AMOUNT: usize = 5000;
const MAX_COIN: i64 = 5000;
const FITS: u64 = i32::MAX as u64;

/// The number of combinations, saturated at 2^40: exact below that, since
/// min(cap, x + y) = min(cap, min(cap, x) + min(cap, y)) for counts >= 0.
fn ways_capped(amount: usize, coins: &[i64]) -> u64 {
    const CAP: u64 = 1 << 40;
    let mut ways = vec![0u64; amount + 1];
    ways[0] = 1;
    for &c in coins {
        let c = c as usize;
        for a in c..=amount {
            ways[a] = (ways[a] + ways[a - c]).min(CAP);
        }
    }
    ways[amount]
}

/// `k` distinct coins from `lo..=hi`, in random order.
fn distinct(rng: &mut Rng, k: usize, lo: i64, hi: i64) -> Vec<i64> {
    let k = k.min((hi - lo + 1) as usize);
    let mut coins = Vec::with_capacity(k);
    let mut used = vec![false; hi as usize + 1];
    while coins.len() < k {
        let c = rng.range(lo, hi);
        if !used[c as usize] {
            used[c as usize] = true;
            coins.push(c);
        }
    }
    coins
}

fn case(amount: usize, coins: &[i64]) -> String {
    format!("[{},{}]", amount, list(coins))
}

/// One valid input with amount n: up to 300 distinct coins, mostly at most
/// the amount (so they matter), some larger. If the count of combinations
/// would not fit in i32, the draw is repeated with fewer and larger coins
/// (one coin always fits: at most one way).
fn random(rng: &mut Rng, n: usize) -> String {
    let mut k = match rng.below(3) {
        0 => 1 + rng.below(5),
        1 => 1 + rng.below(30),
        _ => 1 + rng.below(300),
    };
    let mut lo: i64 = 1;
    loop {
        let hi = if rng.chance(0.2) { MAX_COIN } else { (n as i64).max(lo).max(k as i64 + lo).min(MAX_COIN) };
        let lo_now = lo.min(hi);
        let coins = distinct(rng, k, lo_now, hi);
        if ways_capped(n, &coins) <= FITS {
            return case(n, &coins);
        }
        k = (k / 2).max(1);
        lo = (lo * 2).min(MAX_COIN);
    }
}

fn main() {
    sized(random);
    let mut rng = Rng::new(518);

    // Small amounts and few small coins, for the brute force.
    for i in 0..36 {
        let k = 1 + rng.below(6);
        let coins = distinct(&mut rng, k, 1, 25);
        let amount = rng.below(61);
        emit(&format!("small-{i}"), &case(amount, &coins));
    }

    // Largest amount.
    for i in 0..2 {
        emit(&format!("max-random-{i}"), &random(&mut rng, MAX_AMOUNT));
    }
    // 300 consecutive denominations from 670: 2125174066 ways, close to
    // 2^31 - 1 (from 669 on it would not fit).
    let mut near: Vec<i64> = (670..970).collect();
    rng.shuffle(&mut near);
    emit("max-answer-near-i32-limit", &case(MAX_AMOUNT, &near));
    // Coins 1..=4: 870662223 ways, with the coin 1 (deepest recursions).
    emit("max-coins-one-to-four", &case(MAX_AMOUNT, &[4, 3, 2, 1]));
    // 300 even coins and an odd amount: no way at all, while the counts for
    // the even amounts below overflow 64 bits.
    let mut evens: Vec<i64> = (1..=300).map(|i| 2 * i).collect();
    rng.shuffle(&mut evens);
    emit("max-even-coins-odd-amount", &case(MAX_AMOUNT - 1, &evens));
    // 300 coins and amount 0: one way.
    let many = distinct(&mut rng, 300, 1, MAX_COIN);
    emit("zero-amount-300-coins", &case(0, &many));
    // Every coin larger than the amount.
    let big = distinct(&mut rng, 300, 3001, MAX_COIN);
    emit("all-coins-too-large-max", &case(3000, &big));
    emit("ones-only-max", &case(MAX_AMOUNT, &[1]));
    emit("two-coins-max-unsorted", &case(MAX_AMOUNT, &[2, 1]));
    // 300 large coins from 1000 up: combinations of at most five coins.
    let large = distinct(&mut rng, 300, 1000, MAX_COIN);
    assert!(ways_capped(MAX_AMOUNT, &large) <= FITS);
    emit("max-300-large-coins", &case(MAX_AMOUNT, &large));
    // Coins of a few sizes where the one-of-each and ordered counts are far off.
    emit("max-classic-denominations", &case(MAX_AMOUNT, &[500, 200, 100, 50, 20, 10, 5]));
}
