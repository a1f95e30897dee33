// Sliding window over a HashSet: extend on the right, and while the new
// character is already inside, drop characters from the left one at a time.
use std::collections::HashSet;

impl Solution {
    pub fn length_of_longest_substring(s: String) -> i32 {
        let bytes = s.as_bytes();
        let mut window: HashSet<u8> = HashSet::new();
        let mut left = 0;
        let mut best = 0;
        for right in 0..bytes.len() {
            while !window.insert(bytes[right]) {
                window.remove(&bytes[left]);
                left += 1;
            }
            best = best.max(right - left + 1);
        }
        best as i32
    }
}
