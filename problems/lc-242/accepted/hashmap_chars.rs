// Count characters in a HashMap (this also works for any Unicode text).
use std::collections::HashMap;

impl Solution {
    pub fn is_anagram(s: String, t: String) -> bool {
        let mut count: HashMap<char, i32> = HashMap::new();
        for c in s.chars() {
            *count.entry(c).or_insert(0) += 1;
        }
        for c in t.chars() {
            *count.entry(c).or_insert(0) -= 1;
        }
        count.values().all(|&v| v == 0)
    }
}
