// Top-down: can this suffix be cut into words? Tries every dictionary word
// as a prefix, and memoises the answer in a HashMap keyed by the suffix
// itself (an owned String per entry). Up to 300 suffixes x 1000 words.
use std::collections::HashMap;

impl Solution {
    pub fn word_break(s: String, word_dict: Vec<String>) -> bool {
        fn can(rest: &str, words: &[String], memo: &mut HashMap<String, bool>) -> bool {
            if rest.is_empty() {
                return true;
            }
            if let Some(&known) = memo.get(rest) {
                return known;
            }
            let mut ok = false;
            for w in words {
                if rest.starts_with(w.as_str()) && can(&rest[w.len()..], words, memo) {
                    ok = true;
                    break;
                }
            }
            memo.insert(rest.to_string(), ok);
            ok
        }
        can(&s, &word_dict, &mut HashMap::new())
    }
}
