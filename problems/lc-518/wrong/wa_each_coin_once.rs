// Runs the inner loop downwards, the 0/1-knapsack order, so every
// denomination is used at most once: amount 5 with [1,2,5] gives 1 (only 5
// itself) instead of 4.
impl Solution {
    pub fn change(amount: i32, coins: Vec<i32>) -> i32 {
        let amount = amount as usize;
        let mut dp = vec![0i32; amount + 1];
        dp[0] = 1;
        for &c in &coins {
            let c = c as usize;
            if c > amount {
                continue;
            }
            for a in (c..=amount).rev() {
                dp[a] = dp[a].wrapping_add(dp[a - c]);
            }
        }
        dp[amount]
    }
}
