// Use or skip each character of s, recursively and without a memo. When the
// prefixes of t can be formed in astronomically many ways, every one of them
// is walked, even if the answer is 0.
impl Solution {
    pub fn num_distinct(s: String, t: String) -> i32 {
        fn ways(s: &[u8], t: &[u8]) -> u64 {
            if t.is_empty() {
                return 1;
            }
            if s.len() < t.len() {
                return 0;
            }
            let mut v = ways(&s[1..], t);
            if s[0] == t[0] {
                v = v.wrapping_add(ways(&s[1..], &t[1..]));
            }
            v
        }
        ways(s.as_bytes(), t.as_bytes()) as i32
    }
}
