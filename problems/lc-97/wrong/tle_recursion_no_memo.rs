// Tries s1 and then s2 for every letter of s3 with no memo. On strings of one
// repeated letter that end in a mismatch, every one of the C(200, 100) ways
// of merging is tried.
impl Solution {
    pub fn is_interleave(s1: String, s2: String, s3: String) -> bool {
        fn go(a: &[u8], b: &[u8], c: &[u8], i: usize, j: usize) -> bool {
            let k = i + j;
            if k == c.len() {
                return true;
            }
            (i < a.len() && a[i] == c[k] && go(a, b, c, i + 1, j))
                || (j < b.len() && b[j] == c[k] && go(a, b, c, i, j + 1))
        }
        s1.len() + s2.len() == s3.len() && go(s1.as_bytes(), s2.as_bytes(), s3.as_bytes(), 0, 0)
    }
}
