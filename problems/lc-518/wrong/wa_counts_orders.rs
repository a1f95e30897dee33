// Loops over the amounts on the outside and the coins inside, as in Coin
// Change I. That counts ordered sequences, so 1+2 and 2+1 are two ways:
// amount 5 with [1,2,5] gives 9 instead of 4.
impl Solution {
    pub fn change(amount: i32, coins: Vec<i32>) -> i32 {
        let amount = amount as usize;
        let mut dp = vec![0i32; amount + 1];
        dp[0] = 1;
        for a in 1..=amount {
            for &c in &coins {
                let c = c as usize;
                if c <= a {
                    dp[a] = dp[a].wrapping_add(dp[a - c]);
                }
            }
        }
        dp[amount]
    }
}
