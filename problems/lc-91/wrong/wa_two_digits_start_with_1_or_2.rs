// Takes every pair starting with '1' or '2' as a code, forgetting that 27,
// 28 and 29 are not letters: "27" gets 2 instead of 1.
impl Solution {
    pub fn num_decodings(s: String) -> i32 {
        let d = s.as_bytes();
        let n = d.len();
        let mut dp = vec![0i32; n + 1];
        dp[n] = 1;
        for i in (0..n).rev() {
            if d[i] == b'0' {
                continue;
            }
            dp[i] = dp[i + 1];
            if i + 1 < n && (d[i] == b'1' || d[i] == b'2') {
                dp[i] += dp[i + 2];
            }
        }
        dp[0]
    }
}
