// Top-down over (i, j), the letters used from s1 and s2 so far, memoized in
// a HashMap: at most 101 * 101 states.
use std::collections::HashMap;

impl Solution {
    pub fn is_interleave(s1: String, s2: String, s3: String) -> bool {
        fn go(a: &[u8], b: &[u8], c: &[u8], i: usize, j: usize, memo: &mut HashMap<(usize, usize), bool>) -> bool {
            if i + j == c.len() {
                return true;
            }
            if let Some(&v) = memo.get(&(i, j)) {
                return v;
            }
            let k = i + j;
            let v = (i < a.len() && a[i] == c[k] && go(a, b, c, i + 1, j, memo))
                || (j < b.len() && b[j] == c[k] && go(a, b, c, i, j + 1, memo));
            memo.insert((i, j), v);
            v
        }
        if s1.len() + s2.len() != s3.len() {
            return false;
        }
        let mut memo = HashMap::new();
        go(s1.as_bytes(), s2.as_bytes(), s3.as_bytes(), 0, 0, &mut memo)
    }
}
