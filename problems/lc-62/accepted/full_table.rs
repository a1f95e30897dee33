// The whole m x n table: the first row and column are 1, every other
// square is the sum of the square above and the square to the left.
impl Solution {
    pub fn unique_paths(m: i32, n: i32) -> i32 {
        let (m, n) = (m as usize, n as usize);
        let mut dp = vec![vec![0i32; n]; m];
        for r in 0..m {
            for c in 0..n {
                dp[r][c] = if r == 0 || c == 0 { 1 } else { dp[r - 1][c] + dp[r][c - 1] };
            }
        }
        dp[m - 1][n - 1]
    }
}
