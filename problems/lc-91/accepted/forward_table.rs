// Bottom-up from the front: dp[i] counts the decodings of the first i
// digits, extended by the last one digit or the last two digits.
impl Solution {
    pub fn num_decodings(s: String) -> i32 {
        let d = s.as_bytes();
        let n = d.len();
        let mut dp = vec![0i32; n + 1];
        dp[0] = 1;
        for i in 1..=n {
            if d[i - 1] != b'0' {
                dp[i] += dp[i - 1];
            }
            if i >= 2 {
                let two = (d[i - 2] - b'0') * 10 + (d[i - 1] - b'0');
                if (10..=26).contains(&two) {
                    dp[i] += dp[i - 2];
                }
            }
        }
        dp[n]
    }
}
