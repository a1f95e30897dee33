// Marks every position a cut can reach, trying each dictionary word at each
// reached position.
impl Solution {
    pub fn word_break(s: String, word_dict: Vec<String>) -> bool {
        let n = s.len();
        let mut reached = vec![false; n + 1];
        reached[0] = true;
        for i in 0..n {
            if !reached[i] {
                continue;
            }
            for w in &word_dict {
                if s[i..].starts_with(w.as_str()) {
                    reached[i + w.len()] = true;
                }
            }
        }
        reached[n]
    }
}
