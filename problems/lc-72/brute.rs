// The recursive definition, memoised: the answer for the suffixes a[i..] and
// b[j..], trying every operation on their first letters.
use std::collections::HashMap;

impl Solution {
    pub fn min_distance(word1: String, word2: String) -> i32 {
        fn dist(a: &[u8], b: &[u8], i: usize, j: usize, memo: &mut HashMap<(usize, usize), i32>) -> i32 {
            if i == a.len() {
                return (b.len() - j) as i32;
            }
            if j == b.len() {
                return (a.len() - i) as i32;
            }
            if let Some(&d) = memo.get(&(i, j)) {
                return d;
            }
            let keep_or_replace = dist(a, b, i + 1, j + 1, memo) + if a[i] == b[j] { 0 } else { 1 };
            let delete = dist(a, b, i + 1, j, memo) + 1;
            let insert = dist(a, b, i, j + 1, memo) + 1;
            let d = keep_or_replace.min(delete).min(insert);
            memo.insert((i, j), d);
            d
        }
        dist(word1.as_bytes(), word2.as_bytes(), 0, 0, &mut HashMap::new())
    }
}
