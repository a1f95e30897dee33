// Tries every coin as the last one and recurses on the rest, without
// remembering results: the same remainders are solved over and over, an
// exponential number of calls for large amounts with small coins.
impl Solution {
    pub fn coin_change(coins: Vec<i32>, amount: i32) -> i32 {
        fn fewest(coins: &[i32], rest: i32) -> i32 {
            if rest == 0 {
                return 0;
            }
            let mut best = -1;
            for &c in coins {
                if c <= rest {
                    let sub = fewest(coins, rest - c);
                    if sub >= 0 && (best < 0 || sub + 1 < best) {
                        best = sub + 1;
                    }
                }
            }
            best
        }
        fewest(&coins, amount)
    }
}
