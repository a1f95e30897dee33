impl Solution {
    pub fn character_replacement(s: String, k: i32) -> i32 {
        let s = s.as_bytes();
        let k = k as usize;
        let mut count = [0usize; 26];
        // The largest count of a single letter seen in any window so far.
        // The window never shrinks: it slides when it is too expensive and
        // grows by one only when `top` grows, so its final length is the
        // answer.
        let mut top = 0;
        let mut left = 0;
        for (right, &b) in s.iter().enumerate() {
            let c = (b - b'A') as usize;
            count[c] += 1;
            top = top.max(count[c]);
            if right + 1 - left - top > k {
                count[(s[left] - b'A') as usize] -= 1;
                left += 1;
            }
        }
        (s.len() - left) as i32
    }
}
