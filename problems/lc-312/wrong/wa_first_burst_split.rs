// Picks the balloon burst FIRST in a range and splits the range there, as if
// the two sides stayed independent afterwards. They do not: once it is gone
// the balloons beside it become neighbours, so the products are wrong.
impl Solution {
    pub fn max_coins(nums: Vec<i32>) -> i32 {
        let n = nums.len();
        let at = |i: isize| -> i32 {
            if i < 0 || i as usize >= n { 1 } else { nums[i as usize] }
        };
        let mut dp = vec![vec![0i32; n + 1]; n + 1];
        for len in 1..=n {
            for i in 0..=n - len {
                let j = i + len - 1;
                let mut top = 0;
                for k in i..=j {
                    let here = at(k as isize - 1) * nums[k] * at(k as isize + 1);
                    let left = if k > i { dp[i][k - 1] } else { 0 };
                    let right = dp[k + 1][j];
                    top = top.max(here + left + right);
                }
                dp[i][j] = top;
            }
        }
        dp[0][n - 1]
    }
}
