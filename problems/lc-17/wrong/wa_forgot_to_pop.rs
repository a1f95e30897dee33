// Backtracking that pushes a letter before recursing but never pops it, so
// the buffer keeps the letters of earlier branches: "23" gives
// ["ad","ade","adef",...] instead of nine two-letter words.
impl Solution {
    pub fn letter_combinations(digits: String) -> Vec<String> {
        fn go(keys: &[&str], d: &[u8], i: usize, cur: &mut String, res: &mut Vec<String>) {
            if i == d.len() {
                res.push(cur.clone());
                return;
            }
            for c in keys[(d[i] - b'2') as usize].chars() {
                cur.push(c);
                go(keys, d, i + 1, cur, res);
            }
        }
        let keys = ["abc", "def", "ghi", "jkl", "mno", "pqrs", "tuv", "wxyz"];
        let mut res = vec![];
        if digits.is_empty() {
            return res;
        }
        go(&keys, digits.as_bytes(), 0, &mut String::new(), &mut res);
        res
    }
}
