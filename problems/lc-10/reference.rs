impl Solution {
    pub fn is_match(s: String, p: String) -> bool {
        let (s, p) = (s.as_bytes(), p.as_bytes());
        let (m, n) = (s.len(), p.len());
        // fits[i][j]: the suffix s[i..] is matched by the suffix p[j..].
        let mut fits = vec![vec![false; n + 1]; m + 1];
        fits[m][n] = true;
        for i in (0..=m).rev() {
            for j in (0..n).rev() {
                let first = i < m && (p[j] == b'.' || p[j] == s[i]);
                fits[i][j] = if j + 1 < n && p[j + 1] == b'*' {
                    // Use the starred unit for nothing, or for one letter and keep it.
                    fits[i][j + 2] || (first && fits[i + 1][j])
                } else {
                    first && fits[i + 1][j + 1]
                };
            }
        }
        fits[0][0]
    }
}
