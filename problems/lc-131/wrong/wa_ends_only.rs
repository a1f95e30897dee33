// Takes a piece as a palindrome when its first and last letters match,
// without looking inside: "abca" is accepted as a piece, so "abca" gets the
// extra partition [["abca"]].
impl Solution {
    pub fn partition(s: String) -> Vec<Vec<String>> {
        fn go(s: &str, start: usize, path: &mut Vec<String>, res: &mut Vec<Vec<String>>) {
            if start == s.len() {
                res.push(path.clone());
                return;
            }
            let b = s.as_bytes();
            for end in start..s.len() {
                if b[start] == b[end] {
                    path.push(s[start..=end].to_string());
                    go(s, end + 1, path, res);
                    path.pop();
                }
            }
        }
        let mut res = vec![];
        go(&s, 0, &mut vec![], &mut res);
        res
    }
}
