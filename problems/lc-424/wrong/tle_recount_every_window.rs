// Grows a window from every start position and, after each new letter,
// scans all 26 counts for the most frequent one: O(n^2 * 26) when long
// windows qualify (large k, or long runs of one letter).
impl Solution {
    pub fn character_replacement(s: String, k: i32) -> i32 {
        let s = s.as_bytes();
        let k = k as usize;
        let mut best = 0;
        for start in 0..s.len() {
            let mut count = [0usize; 26];
            for end in start..s.len() {
                count[(s[end] - b'A') as usize] += 1;
                let most = *count.iter().max().unwrap();
                let len = end - start + 1;
                if len - most > k {
                    break;
                }
                best = best.max(len);
            }
        }
        best as i32
    }
}
