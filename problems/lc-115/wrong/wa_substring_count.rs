// Counts the places where t occurs in s as a block of consecutive
// characters, not as a subsequence.
impl Solution {
    pub fn num_distinct(s: String, t: String) -> i32 {
        let (s, t) = (s.as_bytes(), t.as_bytes());
        if t.len() > s.len() {
            return 0;
        }
        s.windows(t.len()).filter(|w| *w == t).count() as i32
    }
}
