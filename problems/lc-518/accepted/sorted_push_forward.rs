// Sorts the coins, then for each coin pushes every count forward to
// a + coin (instead of pulling from a - coin). Plain i32 addition: in a
// release build it wraps, which is exact modulo 2^32.
impl Solution {
    pub fn change(amount: i32, mut coins: Vec<i32>) -> i32 {
        coins.sort_unstable();
        let amount = amount as usize;
        let mut dp = vec![0i32; amount + 1];
        dp[0] = 1;
        for c in coins {
            let c = c as usize;
            if c > amount {
                break;
            }
            for a in 0..=amount - c {
                dp[a + c] = dp[a + c].wrapping_add(dp[a]);
            }
        }
        dp[amount]
    }
}
