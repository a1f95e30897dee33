// Unbounded-knapsack order: coins in the outer loop, amounts in the inner
// one, each coin relaxing every amount it can reach.
impl Solution {
    pub fn coin_change(coins: Vec<i32>, amount: i32) -> i32 {
        let amount = amount as usize;
        const INF: u32 = u32::MAX / 2;
        let mut dp = vec![INF; amount + 1];
        dp[0] = 0;
        for &coin in &coins {
            let coin = coin as usize;
            if coin > amount {
                continue;
            }
            for a in coin..=amount {
                dp[a] = dp[a].min(dp[a - coin] + 1);
            }
        }
        if dp[amount] >= INF { -1 } else { dp[amount] as i32 }
    }
}
