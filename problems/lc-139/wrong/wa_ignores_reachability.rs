// Marks a position when some word ends there, without checking that the
// word's start could itself be reached.
impl Solution {
    pub fn word_break(s: String, word_dict: Vec<String>) -> bool {
        let n = s.len();
        let mut dp = vec![false; n + 1];
        dp[0] = true;
        for i in 1..=n {
            for w in &word_dict {
                let len = w.len();
                if len <= i && &s[i - len..i] == w.as_str() {
                    dp[i] = true;
                    break;
                }
            }
        }
        dp[n]
    }
}
