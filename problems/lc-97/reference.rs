impl Solution {
    pub fn is_interleave(s1: String, s2: String, s3: String) -> bool {
        let (a, b, c) = (s1.as_bytes(), s2.as_bytes(), s3.as_bytes());
        if a.len() + b.len() != c.len() {
            return false;
        }
        // ok[j], while row i is filled: the first i letters of s1 and the
        // first j of s2 can form the first i + j letters of s3.
        let mut ok = vec![false; b.len() + 1];
        for i in 0..=a.len() {
            for j in 0..=b.len() {
                ok[j] = if i == 0 && j == 0 {
                    true
                } else {
                    // ok[j] still holds row i - 1 here: "came from s1".
                    let from_a = i > 0 && ok[j] && a[i - 1] == c[i + j - 1];
                    let from_b = j > 0 && ok[j - 1] && b[j - 1] == c[i + j - 1];
                    from_a || from_b
                };
            }
        }
        ok[b.len()]
    }
}
