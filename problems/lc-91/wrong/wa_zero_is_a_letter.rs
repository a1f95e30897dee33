// Never rejects a lone '0', as if it were a letter of its own: "10" gets 2
// (1-0 and 10) instead of 1, and "0" gets 1 instead of 0.
impl Solution {
    pub fn num_decodings(s: String) -> i32 {
        let d = s.as_bytes();
        let n = d.len();
        let mut dp = vec![0i32; n + 1];
        dp[n] = 1;
        for i in (0..n).rev() {
            dp[i] = dp[i + 1];
            if i + 1 < n && (d[i] == b'1' || (d[i] == b'2' && d[i + 1] <= b'6')) {
                dp[i] += dp[i + 2];
            }
        }
        dp[0]
    }
}
