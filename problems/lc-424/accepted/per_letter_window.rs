// For each letter that occurs, the longest window in which at most k
// positions hold another letter (those are the ones to replace), by a
// shrinking two-pointer window. 26 passes of O(n).
impl Solution {
    pub fn character_replacement(s: String, k: i32) -> i32 {
        let s = s.as_bytes();
        let mut best = 0;
        for letter in b'A'..=b'Z' {
            if !s.contains(&letter) {
                continue;
            }
            let mut others = 0;
            let mut left = 0;
            for right in 0..s.len() {
                if s[right] != letter {
                    others += 1;
                }
                while others > k {
                    if s[left] != letter {
                        others -= 1;
                    }
                    left += 1;
                }
                best = best.max(right + 1 - left);
            }
        }
        best as i32
    }
}
