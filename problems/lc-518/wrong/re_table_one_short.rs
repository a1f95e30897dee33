// Allocates the table with `amount` entries instead of `amount + 1`, so the
// entry for the amount itself does not exist: every amount above 0 indexes
// past the end.
impl Solution {
    pub fn change(amount: i32, coins: Vec<i32>) -> i32 {
        let amount = amount as usize;
        let mut dp = vec![0i32; amount.max(1)];
        dp[0] = 1;
        for &c in &coins {
            for a in c as usize..=amount {
                dp[a] = dp[a].wrapping_add(dp[a - c as usize]);
            }
        }
        dp[amount]
    }
}
