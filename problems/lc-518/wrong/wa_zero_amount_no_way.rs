// Treats amount 0 as "nothing to count" and returns 0, but paying nothing
// with no coins is one way: amount 0 with [7] must give 1.
impl Solution {
    pub fn change(amount: i32, coins: Vec<i32>) -> i32 {
        if amount == 0 {
            return 0;
        }
        let amount = amount as usize;
        let mut dp = vec![0i32; amount + 1];
        dp[0] = 1;
        for &c in &coins {
            for a in c as usize..=amount {
                dp[a] = dp[a].wrapping_add(dp[a - c as usize]);
            }
        }
        dp[amount]
    }
}
