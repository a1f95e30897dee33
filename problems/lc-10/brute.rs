// The definition, directly: try both uses of every starred unit.
impl Solution {
    pub fn is_match(s: String, p: String) -> bool {
        fn matches(s: &[u8], p: &[u8]) -> bool {
            if p.is_empty() {
                return s.is_empty();
            }
            let first = !s.is_empty() && (p[0] == b'.' || p[0] == s[0]);
            if p.len() >= 2 && p[1] == b'*' {
                matches(s, &p[2..]) || (first && matches(&s[1..], p))
            } else {
                first && matches(&s[1..], &p[1..])
            }
        }
        matches(s.as_bytes(), p.as_bytes())
    }
}
