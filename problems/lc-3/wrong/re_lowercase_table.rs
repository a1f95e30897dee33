// Assumes only lowercase letters: a space, digit, symbol or capital letter
// makes `b - b'a'` underflow or index past the 26-entry table.
impl Solution {
    pub fn length_of_longest_substring(s: String) -> i32 {
        let mut next = [0usize; 26];
        let mut start = 0;
        let mut best = 0;
        for (i, &b) in s.as_bytes().iter().enumerate() {
            let k = (b - b'a') as usize;
            start = start.max(next[k]);
            next[k] = i + 1;
            best = best.max(i + 1 - start);
        }
        best as i32
    }
}
