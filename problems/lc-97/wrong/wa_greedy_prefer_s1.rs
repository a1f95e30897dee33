// Walks through s3 and takes each letter from s1 whenever s1 offers it,
// otherwise from s2. When both offer the same letter the choice matters:
// s1 = "aa", s2 = "ab", s3 = "aaba" is an interleaving, but the greedy uses
// up s1 first and then cannot match the 'b'.
impl Solution {
    pub fn is_interleave(s1: String, s2: String, s3: String) -> bool {
        let (a, b, c) = (s1.as_bytes(), s2.as_bytes(), s3.as_bytes());
        if a.len() + b.len() != c.len() {
            return false;
        }
        let (mut i, mut j) = (0, 0);
        for &ch in c {
            if i < a.len() && a[i] == ch {
                i += 1;
            } else if j < b.len() && b[j] == ch {
                j += 1;
            } else {
                return false;
            }
        }
        true
    }
}
