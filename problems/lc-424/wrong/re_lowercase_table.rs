// A sliding window copied from a lowercase-letters problem: `b - b'a'` on a
// capital letter wraps around to 224.. and indexes past the 26 counters.
impl Solution {
    pub fn character_replacement(s: String, k: i32) -> i32 {
        let s = s.as_bytes();
        let k = k as usize;
        let mut count = [0usize; 26];
        let (mut left, mut top) = (0, 0);
        for right in 0..s.len() {
            let c = (s[right] - b'a') as usize;
            count[c] += 1;
            top = top.max(count[c]);
            if right + 1 - left - top > k {
                count[(s[left] - b'a') as usize] -= 1;
                left += 1;
            }
        }
        (s.len() - left) as i32
    }
}
