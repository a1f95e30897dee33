// Bottom-up over closed ranges [i, j] of the original balloons, with the
// left end moving from right to left: dp[i][j] is the most coins from
// bursting balloons i..=j while the balloons just outside them still stand.
impl Solution {
    pub fn max_coins(nums: Vec<i32>) -> i32 {
        let n = nums.len();
        let at = |i: isize| -> i32 {
            if i < 0 || i as usize >= n { 1 } else { nums[i as usize] }
        };
        let mut dp = vec![vec![0i32; n + 1]; n + 1];
        for i in (0..n).rev() {
            for j in i..n {
                let outside = at(i as isize - 1) * at(j as isize + 1);
                let mut top = 0;
                for k in i..=j {
                    let left = if k > i { dp[i][k - 1] } else { 0 };
                    let right = dp[k + 1][j];
                    top = top.max(left + right + outside * nums[k]);
                }
                dp[i][j] = top;
            }
        }
        dp[0][n - 1]
    }
}
