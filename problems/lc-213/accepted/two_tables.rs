// Two bottom-up tables, one for the row without the last house and one for
// the row without the first house.
impl Solution {
    pub fn rob(nums: Vec<i32>) -> i32 {
        let n = nums.len();
        if n == 1 {
            return nums[0];
        }
        fn table(h: &[i32]) -> i32 {
            let mut dp = vec![0; h.len() + 1];
            dp[1] = h[0];
            for i in 2..=h.len() {
                dp[i] = dp[i - 1].max(dp[i - 2] + h[i - 1]);
            }
            dp[h.len()]
        }
        table(&nums[..n - 1]).max(table(&nums[1..]))
    }
}
