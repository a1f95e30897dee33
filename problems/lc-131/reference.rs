impl Solution {
    pub fn partition(s: String) -> Vec<Vec<String>> {
        let b = s.as_bytes();
        let n = b.len();
        // pal[i][j]: s[i..=j] is a palindrome. Rows from the bottom, so the
        // inside s[i + 1..j] is known before s[i..=j].
        let mut pal = vec![vec![false; n]; n];
        for i in (0..n).rev() {
            for j in i..n {
                pal[i][j] = b[i] == b[j] && (j - i < 2 || pal[i + 1][j - 1]);
            }
        }
        let mut out = Vec::new();
        let mut pieces = Vec::new();
        Self::cut(&s, &pal, 0, &mut pieces, &mut out);
        out
    }

    // Chooses the piece starting at `start`, then partitions the rest.
    fn cut(s: &str, pal: &[Vec<bool>], start: usize, pieces: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
        if start == s.len() {
            out.push(pieces.clone());
            return;
        }
        for end in start..s.len() {
            if pal[start][end] {
                pieces.push(s[start..=end].to_string());
                Self::cut(s, pal, end + 1, pieces, out);
                pieces.pop();
            }
        }
    }
}
