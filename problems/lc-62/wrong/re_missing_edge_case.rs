impl Solution {
    pub fn unique_paths(m: i32, n: i32) -> i32 {
        // Seeds only the starting square and then sums "above + left" for
        // every other square, without treating the first row and column
        // separately: at (0, 1) it reads row 0 - 1, which wraps to a huge
        // index and panics.
        let (m, n) = (m as usize, n as usize);
        let mut dp = vec![vec![0i32; n]; m];
        dp[0][0] = 1;
        for r in 0..m {
            for c in 0..n {
                if r == 0 && c == 0 {
                    continue;
                }
                dp[r][c] = dp[r.wrapping_sub(1)][c] + dp[r][c.wrapping_sub(1)];
            }
        }
        dp[m - 1][n - 1]
    }
}
