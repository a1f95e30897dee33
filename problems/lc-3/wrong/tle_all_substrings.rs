// Checks every substring for repeats from scratch: O(n^2) substrings, each
// scanned with a fresh set.
use std::collections::HashSet;

impl Solution {
    pub fn length_of_longest_substring(s: String) -> i32 {
        let chars: Vec<char> = s.chars().collect();
        let n = chars.len();
        let mut best = 0;
        for i in 0..n {
            for j in i..n {
                if Self::all_unique(&chars[i..=j]) {
                    best = best.max(j - i + 1);
                }
            }
        }
        best as i32
    }

    fn all_unique(part: &[char]) -> bool {
        let mut seen = HashSet::new();
        part.iter().all(|c| seen.insert(*c))
    }
}
