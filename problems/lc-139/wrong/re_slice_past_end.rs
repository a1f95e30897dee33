// Compares s[i..i + len] with each word without checking that the slice
// stays inside s: a word longer than what is left makes the slice panic.
impl Solution {
    pub fn word_break(s: String, word_dict: Vec<String>) -> bool {
        let n = s.len();
        let mut dp = vec![false; n + 1];
        dp[0] = true;
        for i in 0..n {
            for w in &word_dict {
                if dp[i] && &s[i..i + w.len()] == w.as_str() {
                    dp[i + w.len()] = true;
                }
            }
        }
        dp[n]
    }
}
