// The whole (n + 1) x (m + 1) table, filled from the bottom-right corner on
// suffixes: dp[i][j] is the answer for text1[i..] and text2[j..].
impl Solution {
    pub fn longest_common_subsequence(text1: String, text2: String) -> i32 {
        let a = text1.as_bytes();
        let b = text2.as_bytes();
        let (n, m) = (a.len(), b.len());
        let mut dp = vec![vec![0i32; m + 1]; n + 1];
        for i in (0..n).rev() {
            for j in (0..m).rev() {
                dp[i][j] = if a[i] == b[j] {
                    1 + dp[i + 1][j + 1]
                } else {
                    dp[i + 1][j].max(dp[i][j + 1])
                };
            }
        }
        dp[0][0]
    }
}
