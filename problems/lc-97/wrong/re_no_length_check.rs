// The 2D table without checking first that len(s1) + len(s2) = len(s3): when
// s3 is shorter, reading its letter i + j - 1 runs past its end ("a", "b",
// "a" reads s3[1]).
impl Solution {
    pub fn is_interleave(s1: String, s2: String, s3: String) -> bool {
        let (a, b, c) = (s1.as_bytes(), s2.as_bytes(), s3.as_bytes());
        let (n, m) = (a.len(), b.len());
        let mut dp = vec![vec![false; m + 1]; n + 1];
        dp[0][0] = true;
        for i in 0..=n {
            for j in 0..=m {
                if i > 0 && a[i - 1] == c[i + j - 1] && dp[i - 1][j] {
                    dp[i][j] = true;
                }
                if j > 0 && b[j - 1] == c[i + j - 1] && dp[i][j - 1] {
                    dp[i][j] = true;
                }
            }
        }
        dp[n][m]
    }
}
