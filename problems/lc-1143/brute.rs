use std::collections::HashMap;

impl Solution {
    pub fn longest_common_subsequence(text1: String, text2: String) -> i32 {
        // The textbook recursion on suffixes, with every result remembered.
        fn lcs(a: &[u8], b: &[u8], i: usize, j: usize, memo: &mut HashMap<(usize, usize), i32>) -> i32 {
            if i == a.len() || j == b.len() {
                return 0;
            }
            if let Some(&v) = memo.get(&(i, j)) {
                return v;
            }
            let v = if a[i] == b[j] {
                1 + lcs(a, b, i + 1, j + 1, memo)
            } else {
                lcs(a, b, i + 1, j, memo).max(lcs(a, b, i, j + 1, memo))
            };
            memo.insert((i, j), v);
            v
        }
        lcs(text1.as_bytes(), text2.as_bytes(), 0, 0, &mut HashMap::new())
    }
}
