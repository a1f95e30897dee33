// pal[i][j]: whether s[i..=j] is a palindrome. A substring is one when its
// two ends are equal and what lies between them is one (or is empty).
// Filled by increasing length, so the inner entry is always ready.
// O(n^2) time and O(n^2) memory.
impl Solution {
    pub fn longest_palindrome(s: String) -> String {
        let b = s.as_bytes();
        let n = b.len();
        let mut pal = vec![vec![false; n]; n];
        let (mut best_start, mut best_len) = (0, 1);
        for len in 1..=n {
            for i in 0..=n - len {
                let j = i + len - 1;
                pal[i][j] = b[i] == b[j] && (len <= 2 || pal[i + 1][j - 1]);
                if pal[i][j] && len > best_len {
                    best_start = i;
                    best_len = len;
                }
            }
        }
        s[best_start..best_start + best_len].to_string()
    }
}
