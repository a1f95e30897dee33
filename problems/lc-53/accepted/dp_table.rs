// A table: dp[i] is the best sum of a block ending at index i, and the
// answer is the largest entry.
impl Solution {
    pub fn max_sub_array(nums: Vec<i32>) -> i32 {
        let n = nums.len();
        let mut dp = vec![0; n];
        dp[0] = nums[0];
        for i in 1..n {
            dp[i] = nums[i].max(dp[i - 1] + nums[i]);
        }
        *dp.iter().max().unwrap()
    }
}
