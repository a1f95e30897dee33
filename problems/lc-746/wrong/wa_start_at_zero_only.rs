// Forgets that the climb may begin on step 1: step 0 is always paid for,
// so [10,15,20] gives 25 (10 + 15) instead of 15.
impl Solution {
    pub fn min_cost_climbing_stairs(cost: Vec<i32>) -> i32 {
        let n = cost.len();
        let mut dp = vec![0; n + 1];
        dp[0] = cost[0];
        dp[1] = cost[0] + cost[1];
        for i in 2..=n {
            let price = if i < n { cost[i] } else { 0 };
            dp[i] = price + dp[i - 1].min(dp[i - 2]);
        }
        dp[n]
    }
}
