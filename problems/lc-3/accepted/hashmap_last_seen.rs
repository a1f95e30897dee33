// One pass with a HashMap from each character to the index of its last
// occurrence; the window's start jumps past a repeat only if that repeat
// lies inside the window.
use std::collections::HashMap;

impl Solution {
    pub fn length_of_longest_substring(s: String) -> i32 {
        let mut last: HashMap<char, usize> = HashMap::with_capacity(128);
        let mut start = 0usize;
        let mut best = 0usize;
        for (i, c) in s.chars().enumerate() {
            match last.insert(c, i) {
                Some(j) if j >= start => start = j + 1,
                _ => {}
            }
            best = best.max(i - start + 1);
        }
        best as i32
    }
}
