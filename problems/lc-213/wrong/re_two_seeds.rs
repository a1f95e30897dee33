// The two-row table, seeding dp[0] and dp[1] of each row without checking
// how long the row is: with one or two houses a row is shorter than two, and
// the seeds index past its end.
impl Solution {
    pub fn rob(nums: Vec<i32>) -> i32 {
        fn row(h: &[i32]) -> i32 {
            let n = h.len();
            let mut dp = vec![0; n];
            dp[0] = h[0];
            dp[1] = h[0].max(h[1]);
            for i in 2..n {
                dp[i] = dp[i - 1].max(dp[i - 2] + h[i]);
            }
            dp[n - 1]
        }
        let n = nums.len();
        row(&nums[..n - 1]).max(row(&nums[1..]))
    }
}
