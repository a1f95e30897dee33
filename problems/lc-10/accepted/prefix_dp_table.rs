// Bottom-up over prefixes: dp[i][j] says whether the first i letters of s
// are matched by the first j characters of p. A '*' at p[j - 1] either
// drops its unit (dp[i][j - 2]) or eats one more letter (dp[i - 1][j]).
impl Solution {
    pub fn is_match(s: String, p: String) -> bool {
        let s: Vec<u8> = s.into_bytes();
        let p: Vec<u8> = p.into_bytes();
        let (m, n) = (s.len(), p.len());
        let mut dp = vec![vec![false; n + 1]; m + 1];
        dp[0][0] = true;
        for i in 0..=m {
            for j in 1..=n {
                if p[j - 1] == b'*' {
                    let unit = p[j - 2];
                    dp[i][j] = dp[i][j - 2]
                        || (i > 0 && (unit == b'.' || unit == s[i - 1]) && dp[i - 1][j]);
                } else if i > 0 && (p[j - 1] == b'.' || p[j - 1] == s[i - 1]) {
                    dp[i][j] = dp[i - 1][j - 1];
                }
            }
        }
        dp[m][n]
    }
}
