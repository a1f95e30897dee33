// The O(n^2) table is right, but the answer is read from its last entry:
// that is only the longest subsequence ending at the last element, which
// fails as soon as the best subsequence ends earlier ([1,2,3,0] gives 1).
impl Solution {
    pub fn length_of_lis(nums: Vec<i32>) -> i32 {
        let n = nums.len();
        let mut dp = vec![1; n];
        for i in 1..n {
            for j in 0..i {
                if nums[j] < nums[i] {
                    dp[i] = dp[i].max(dp[j] + 1);
                }
            }
        }
        dp[n - 1]
    }
}
