// Stores -1 in the table for amounts that cannot be formed, but then adds a
// coin to every smaller entry without checking for that marker: -1 + 1 = 0
// looks like a perfect answer, so impossible amounts report 0 coins (or too
// few), e.g. [2] with 3 gives 0.
impl Solution {
    pub fn coin_change(coins: Vec<i32>, amount: i32) -> i32 {
        let amount = amount as usize;
        let mut dp = vec![-1i32; amount + 1];
        dp[0] = 0;
        for a in 1..=amount {
            let mut best = i32::MAX;
            for &c in &coins {
                let c = c as usize;
                if c <= a {
                    best = best.min(dp[a - c] + 1);
                }
            }
            dp[a] = if best == i32::MAX { -1 } else { best };
        }
        dp[amount]
    }
}
