// The 2D table, but when s[i - 1] matches t[j - 1] it only counts the ways
// that use this character, forgetting the ways that skip it.
impl Solution {
    pub fn num_distinct(s: String, t: String) -> i32 {
        let (s, t) = (s.as_bytes(), t.as_bytes());
        let (n, m) = (s.len(), t.len());
        let mut dp = vec![vec![0u64; m + 1]; n + 1];
        for i in 0..=n {
            dp[i][0] = 1;
        }
        for i in 1..=n {
            for j in 1..=m {
                dp[i][j] = if s[i - 1] == t[j - 1] { dp[i - 1][j - 1] } else { dp[i - 1][j] };
            }
        }
        dp[n][m] as i32
    }
}
