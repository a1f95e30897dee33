// Forward table that always looks at the next digit to decide on a pair,
// without checking that one exists: indexing one past the end panics on
// every input (the last digit has no successor).
impl Solution {
    pub fn num_decodings(s: String) -> i32 {
        let d = s.as_bytes();
        let n = d.len();
        let mut dp = vec![0i32; n + 1];
        dp[0] = 1;
        for i in 0..n {
            if d[i] != b'0' {
                dp[i + 1] += dp[i];
            }
            let pair = (d[i] - b'0') as u32 * 10 + (d[i + 1] - b'0') as u32;
            if d[i] != b'0' && pair <= 26 && i + 2 <= n {
                dp[i + 2] += dp[i];
            }
        }
        dp[n]
    }
}
