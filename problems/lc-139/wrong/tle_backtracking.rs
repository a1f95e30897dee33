// Tries each word that fits at the front and recurses on the rest, with no
// memo: on "aaa...ab" with words a, aa, aaa, ... every way to cut the a's is
// tried before giving up.
impl Solution {
    pub fn word_break(s: String, word_dict: Vec<String>) -> bool {
        fn can(rest: &str, words: &[String]) -> bool {
            if rest.is_empty() {
                return true;
            }
            for w in words {
                if rest.starts_with(w.as_str()) && can(&rest[w.len()..], words) {
                    return true;
                }
            }
            false
        }
        can(&s, &word_dict)
    }
}
