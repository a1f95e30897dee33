// Pushes a piece before recursing but never pops it, so later partitions
// still carry the pieces of earlier branches: "aab" gives
// [["a","a","b"],["a","a","b","aa","b"]].
impl Solution {
    pub fn partition(s: String) -> Vec<Vec<String>> {
        fn is_pal(b: &[u8]) -> bool {
            b.iter().eq(b.iter().rev())
        }
        fn go(s: &str, start: usize, path: &mut Vec<String>, res: &mut Vec<Vec<String>>) {
            if start == s.len() {
                res.push(path.clone());
                return;
            }
            for end in start + 1..=s.len() {
                if is_pal(&s.as_bytes()[start..end]) {
                    path.push(s[start..end].to_string());
                    go(s, end, path, res);
                }
            }
        }
        let mut res = vec![];
        go(&s, 0, &mut vec![], &mut res);
        res
    }
}
