// Fills the palindrome table but reads the inside entry pal[i + 1][j - 1]
// before checking the piece's length: for the last row i + 1 = n, one past
// the end of the table, so every input panics.
impl Solution {
    pub fn partition(s: String) -> Vec<Vec<String>> {
        let b = s.as_bytes();
        let n = b.len();
        let mut pal = vec![vec![false; n]; n];
        for i in (0..n).rev() {
            for j in i..n {
                pal[i][j] = b[i] == b[j] && (pal[i + 1][j.wrapping_sub(1)] || j - i < 2);
            }
        }
        fn go(s: &str, pal: &Vec<Vec<bool>>, start: usize, path: &mut Vec<String>, res: &mut Vec<Vec<String>>) {
            if start == s.len() {
                res.push(path.clone());
                return;
            }
            for end in start..s.len() {
                if pal[start][end] {
                    path.push(s[start..=end].to_string());
                    go(s, pal, end + 1, path, res);
                    path.pop();
                }
            }
        }
        let mut res = vec![];
        go(&s, &pal, 0, &mut vec![], &mut res);
        res
    }
}
