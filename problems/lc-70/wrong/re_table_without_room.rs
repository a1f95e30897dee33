// Sizes the table n + 1 but seeds both dp[1] and dp[2] before the loop:
// for n = 1 the table has only two slots and dp[2] is out of bounds.
impl Solution {
    pub fn climb_stairs(n: i32) -> i32 {
        let n = n as usize;
        let mut dp = vec![0; n + 1];
        dp[1] = 1;
        dp[2] = 2;
        for i in 3..=n {
            dp[i] = dp[i - 1] + dp[i - 2];
        }
        dp[n]
    }
}
