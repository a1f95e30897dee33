impl Solution {
    pub fn is_interleave(s1: String, s2: String, s3: String) -> bool {
        // Tries both sources for every letter of s3, without a memo.
        fn go(a: &[u8], b: &[u8], c: &[u8]) -> bool {
            if c.is_empty() {
                return a.is_empty() && b.is_empty();
            }
            (!a.is_empty() && a[0] == c[0] && go(&a[1..], b, &c[1..]))
                || (!b.is_empty() && b[0] == c[0] && go(a, &b[1..], &c[1..]))
        }
        go(s1.as_bytes(), s2.as_bytes(), s3.as_bytes())
    }
}
