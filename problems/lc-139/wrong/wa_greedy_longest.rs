// At each position takes the longest word that fits and never reconsiders:
// "cars" with ["car","ca","rs"] takes "car" and is stuck on "s".
impl Solution {
    pub fn word_break(s: String, word_dict: Vec<String>) -> bool {
        let mut i = 0;
        while i < s.len() {
            let mut best = 0;
            for w in &word_dict {
                if w.len() > best && s[i..].starts_with(w.as_str()) {
                    best = w.len();
                }
            }
            if best == 0 {
                return false;
            }
            i += best;
        }
        true
    }
}
