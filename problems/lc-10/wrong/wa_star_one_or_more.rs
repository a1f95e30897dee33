// Treats x* as "one or more x": a starred unit can never be skipped, so
// "c*a*b" does not match "aab".
impl Solution {
    pub fn is_match(s: String, p: String) -> bool {
        let s = s.as_bytes();
        let p = p.as_bytes();
        let (m, n) = (s.len(), p.len());
        let mut dp = vec![vec![false; n + 1]; m + 1];
        dp[m][n] = true;
        for i in (0..m).rev() {
            for j in (0..n).rev() {
                let first = p[j] == b'.' || p[j] == s[i];
                if j + 1 < n && p[j + 1] == b'*' {
                    dp[i][j] = first && (dp[i + 1][j] || dp[i + 1][j + 2]);
                } else {
                    dp[i][j] = first && dp[i + 1][j + 1];
                }
            }
        }
        dp[0][0]
    }
}
