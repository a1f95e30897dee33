// Top-down: the distance between the first i letters of word1 and the first
// j letters of word2, memoised in a HashMap keyed by (i, j). Up to 501 x 501
// entries hashed and looked up, recursion up to 1000 deep.
use std::collections::HashMap;

impl Solution {
    pub fn min_distance(word1: String, word2: String) -> i32 {
        let a: Vec<char> = word1.chars().collect();
        let b: Vec<char> = word2.chars().collect();
        let mut memo: HashMap<(usize, usize), i32> = HashMap::new();
        Self::solve(&a, &b, a.len(), b.len(), &mut memo)
    }

    fn solve(a: &[char], b: &[char], i: usize, j: usize, memo: &mut HashMap<(usize, usize), i32>) -> i32 {
        if i == 0 {
            return j as i32;
        }
        if j == 0 {
            return i as i32;
        }
        if let Some(&v) = memo.get(&(i, j)) {
            return v;
        }
        let v = if a[i - 1] == b[j - 1] {
            Self::solve(a, b, i - 1, j - 1, memo)
        } else {
            let replace = Self::solve(a, b, i - 1, j - 1, memo);
            let delete = Self::solve(a, b, i - 1, j, memo);
            let insert = Self::solve(a, b, i, j - 1, memo);
            1 + replace.min(delete).min(insert)
        };
        memo.insert((i, j), v);
        v
    }
}
