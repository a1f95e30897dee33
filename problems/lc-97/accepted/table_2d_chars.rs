// The full (len1 + 1) x (len2 + 1) table over Vec<char> copies of the
// strings: dp[i][j] when the first i + j letters of s3 interleave the first
// i of s1 and the first j of s2.
impl Solution {
    pub fn is_interleave(s1: String, s2: String, s3: String) -> bool {
        let a: Vec<char> = s1.chars().collect();
        let b: Vec<char> = s2.chars().collect();
        let c: Vec<char> = s3.chars().collect();
        let (n, m) = (a.len(), b.len());
        if n + m != c.len() {
            return false;
        }
        let mut dp = vec![vec![false; m + 1]; n + 1];
        dp[0][0] = true;
        for i in 0..=n {
            for j in 0..=m {
                if i > 0 && dp[i - 1][j] && a[i - 1] == c[i + j - 1] {
                    dp[i][j] = true;
                }
                if j > 0 && dp[i][j - 1] && b[j - 1] == c[i + j - 1] {
                    dp[i][j] = true;
                }
            }
        }
        dp[n][m]
    }
}
