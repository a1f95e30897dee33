// The textbook O(n^2) table: dp[i] = the longest increasing subsequence
// ending at i, from every earlier smaller value.
impl Solution {
    pub fn length_of_lis(nums: Vec<i32>) -> i32 {
        let n = nums.len();
        let mut dp = vec![1; n];
        for i in 0..n {
            for j in 0..i {
                if nums[j] < nums[i] && dp[j] + 1 > dp[i] {
                    dp[i] = dp[j] + 1;
                }
            }
        }
        *dp.iter().max().unwrap()
    }
}
