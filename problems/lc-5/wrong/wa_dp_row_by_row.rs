// The palindrome table pal[i][j] = (s[i] == s[j] and pal[i+1][j-1]), but
// filled row by row from the top: when pal[i][j] is computed, row i + 1 is
// still all false, so no palindrome longer than two characters is found.
impl Solution {
    pub fn longest_palindrome(s: String) -> String {
        let b = s.as_bytes();
        let n = b.len();
        let mut pal = vec![vec![false; n]; n];
        let (mut best_start, mut best_len) = (0, 1);
        for i in 0..n {
            for j in i..n {
                pal[i][j] = b[i] == b[j] && (j - i < 2 || pal[i + 1][j - 1]);
                if pal[i][j] && j - i + 1 > best_len {
                    best_start = i;
                    best_len = j - i + 1;
                }
            }
        }
        s[best_start..best_start + best_len].to_string()
    }
}
