use std::collections::HashSet;

impl Solution {
    pub fn length_of_longest_substring(s: String) -> i32 {
        let chars: Vec<char> = s.chars().collect();
        let mut best = 0;
        for i in 0..chars.len() {
            let mut seen = HashSet::new();
            for &c in &chars[i..] {
                if !seen.insert(c) {
                    break;
                }
            }
            best = best.max(seen.len());
        }
        best as i32
    }
}
