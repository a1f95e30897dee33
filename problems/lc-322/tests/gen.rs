use judge_harness::r#gen::{Rng, emit, list, sized};

const MAX_AMOUNT: i64 = 10_000;
const MAX_COIN: i64 = 2_147_483_647;

fn emit_case(name: &str, coins: &[i64], amount: i64) {
    emit(name, &format!("[{},{}]", list(coins), amount));
}

/// `k` distinct coins from `lo..=hi`, in random order.
fn distinct_coins(rng: &mut Rng, k: usize, lo: i64, hi: i64) -> Vec<i64> {
    let mut coins = Vec::new();
    while coins.len() < k {
        let c = rng.range(lo, hi);
        if !coins.contains(&c) {
            coins.push(c);
        }
    }
    coins
}

/// A random valid input for the amount `n` (1 <= n <= 10^4): 1 to 12
/// distinct coins up to a scale drawn from 4..=n/2+4 (small scales need
/// many coins, and sets without the coin 1 leave amounts unreachable),
/// sometimes with one huge coin (up to 2^31 - 1) among them.
fn random(rng: &mut Rng, n: usize) -> String {
    let amount = n as i64;
    let hi = rng.range(4, amount / 2 + 4);
    let k = (1 + rng.below(12)).min(hi as usize);
    let mut coins = distinct_coins(rng, k, 1, hi);
    if rng.chance(0.15) {
        let i = rng.below(k);
        coins[i] = rng.range(MAX_COIN - 1000, MAX_COIN);
    }
    format!("[{},{}]", list(&coins), amount)
}

fn main() {
    sized(random);
    let mut rng = Rng::new(322);

    // Small amounts and small coins for the brute-force cross-check; some sets
    // lack the coin 1, so a good share of amounts are unreachable.
    for i in 0..24 {
        let k = 1 + rng.below(4);
        let coins = distinct_coins(&mut rng, k, 1, 15);
        let amount = rng.range(0, 60);
        emit_case(&format!("small-{i}"), &coins, amount);
    }
    // Small cases with repeated coins and the odd huge coin.
    for i in 0..8 {
        let k = 1 + rng.below(5);
        let mut coins: Vec<i64> = (0..k).map(|_| rng.range(2, 9)).collect();
        if rng.chance(0.5) {
            coins.push(rng.range(MAX_COIN - 1000, MAX_COIN));
        }
        if rng.chance(0.5) {
            let c = *rng.pick(&coins);
            coins.push(c);
        }
        rng.shuffle(&mut coins);
        let amount = rng.range(1, 80);
        emit_case(&format!("small-mixed-{i}"), &coins, amount);
    }

    // Maximum amount, twelve coins of various scales.
    for i in 0..3 {
        let coins = distinct_coins(&mut rng, 12, 1, 500);
        emit_case(&format!("max-small-coins-{i}"), &coins, MAX_AMOUNT - rng.range(0, 50));
    }
    for i in 0..2 {
        let coins = distinct_coins(&mut rng, 12, 100, 5_000);
        emit_case(&format!("max-medium-coins-{i}"), &coins, MAX_AMOUNT - rng.range(0, 50));
    }

    // Denominations where the largest-coin-first greedy is wrong.
    emit_case("greedy-trap-max", &[1, 5, 6, 9], MAX_AMOUNT - 3);
    emit_case("greedy-trap-no-one-max", &[7, 10, 3], 9_998);
    emit_case("greedy-trap-unsorted-max", &[25, 1, 10, 30, 40], 9_995);

    // Unreachable at the maximum amount: all coins even (odd amount), all
    // coins multiples of 7.
    let coins: Vec<i64> = distinct_coins(&mut rng, 12, 1, 1_000).iter().map(|c| 2 * c).collect();
    emit_case("unreachable-even-coins-max", &coins, MAX_AMOUNT - 1);
    emit_case("unreachable-sevens-max", &[7, 49, 343, 14, 21, 28], MAX_AMOUNT);

    // Huge coins (up to 2^31 - 1) beside small ones.
    let mut coins = distinct_coins(&mut rng, 6, MAX_COIN - 1_000_000, MAX_COIN);
    coins[0] = MAX_COIN;
    coins.extend([3, 8, 13]);
    rng.shuffle(&mut coins);
    emit_case("huge-and-small-max", &coins, MAX_AMOUNT);
    let coins = distinct_coins(&mut rng, 12, 10_001, MAX_COIN);
    emit_case("all-coins-too-large-max", &coins, MAX_AMOUNT);

    // Only the coin 1 (answer = amount), two close coins, and one coin exactly
    // equal to the amount.
    emit_case("ones-max", &[1], MAX_AMOUNT);
    emit_case("two-close-coins-max", &[99, 100], MAX_AMOUNT - 1);
    emit_case("exact-coin-max", &[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, MAX_AMOUNT], MAX_AMOUNT);
}
