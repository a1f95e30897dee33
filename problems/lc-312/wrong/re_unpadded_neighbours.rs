// The last-balloon DP on the original row without the two padding 1s: the
// left neighbour of a range starting at 0 is read as nums[0 - 1], which
// wraps around to a huge index and panics.
impl Solution {
    pub fn max_coins(nums: Vec<i32>) -> i32 {
        let n = nums.len();
        let mut dp = vec![vec![0i32; n + 1]; n + 1];
        for len in 1..=n {
            for i in 0..=n - len {
                let j = i + len - 1;
                let left_end = nums[i.wrapping_sub(1)];
                let right_end = if j + 1 < n { nums[j + 1] } else { 1 };
                let mut top = 0;
                for k in i..=j {
                    let left = if k > i { dp[i][k - 1] } else { 0 };
                    top = top.max(left + dp[k + 1][j] + left_end * nums[k] * right_end);
                }
                dp[i][j] = top;
            }
        }
        dp[0][n - 1]
    }
}
