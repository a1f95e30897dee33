// Checks a two-digit piece only by its value (1 to 26), so "06" passes as
// the code 6: "06" gets 1 instead of 0, and "106" gets 2 instead of 1.
impl Solution {
    pub fn num_decodings(s: String) -> i32 {
        let d: Vec<u32> = s.bytes().map(|b| (b - b'0') as u32).collect();
        let n = d.len();
        let mut dp = vec![0i32; n + 1];
        dp[n] = 1;
        for i in (0..n).rev() {
            if d[i] != 0 {
                dp[i] += dp[i + 1];
            }
            if i + 1 < n {
                let pair = d[i] * 10 + d[i + 1];
                if (1..=26).contains(&pair) {
                    dp[i] += dp[i + 2];
                }
            }
        }
        dp[0]
    }
}
