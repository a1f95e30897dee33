impl Solution {
    pub fn num_distinct(s: String, t: String) -> i32 {
        // Choose the position in s of each character of t in turn, each one
        // after the previous: every complete choice is one way. Exponential,
        // for short strings only.
        fn count(s: &[u8], t: &[u8], from: usize) -> u64 {
            if t.is_empty() {
                return 1;
            }
            let mut total = 0u64;
            for p in from..s.len() {
                if s[p] == t[0] {
                    total = total.wrapping_add(count(s, &t[1..], p + 1));
                }
            }
            total
        }
        count(s.as_bytes(), t.as_bytes(), 0) as i32
    }
}
