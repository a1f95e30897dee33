// Measures the window as `right - left` instead of `right - left + 1`, so a
// window needing k + 1 edits is still accepted.
impl Solution {
    pub fn character_replacement(s: String, k: i32) -> i32 {
        let s = s.as_bytes();
        let mut count = [0i32; 26];
        let (mut left, mut top, mut best) = (0i32, 0i32, 0i32);
        for right in 0..s.len() as i32 {
            let c = (s[right as usize] - b'A') as usize;
            count[c] += 1;
            top = top.max(count[c]);
            while right - left - top > k {
                count[(s[left as usize] - b'A') as usize] -= 1;
                left += 1;
            }
            best = best.max(right - left + 1);
        }
        best
    }
}
