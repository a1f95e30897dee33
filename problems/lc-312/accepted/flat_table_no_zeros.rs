// Balloons with 0 on them earn nothing, and they are best burst first (a 0
// can only ever make a product 0). Dropping them shortens the row; the rest
// is the interval DP on a flat table indexed l * m + r.
impl Solution {
    pub fn max_coins(nums: Vec<i32>) -> i32 {
        let mut v = vec![1];
        v.extend(nums.into_iter().filter(|&x| x > 0));
        v.push(1);
        let m = v.len();
        let mut dp = vec![0i32; m * m];
        for r in 2..m {
            for l in (0..r - 1).rev() {
                let mut top = 0;
                for k in l + 1..r {
                    top = top.max(dp[l * m + k] + dp[k * m + r] + v[l] * v[k] * v[r]);
                }
                dp[l * m + r] = top;
            }
        }
        dp[m - 1]
    }
}
