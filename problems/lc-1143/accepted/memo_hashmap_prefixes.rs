use std::collections::HashMap;

// Top-down recursion on prefix lengths (i, j), from the ends of the
// strings, with the results memoised in a HashMap keyed by i * (m + 1) + j.
// Up to 10^6 states and recursion 2000 calls deep.
impl Solution {
    pub fn longest_common_subsequence(text1: String, text2: String) -> i32 {
        let a: Vec<char> = text1.chars().collect();
        let b: Vec<char> = text2.chars().collect();
        let mut memo: HashMap<usize, i32> = HashMap::new();
        Self::solve(&a, &b, a.len(), b.len(), &mut memo)
    }

    fn solve(a: &[char], b: &[char], i: usize, j: usize, memo: &mut HashMap<usize, i32>) -> i32 {
        if i == 0 || j == 0 {
            return 0;
        }
        let key = i * (b.len() + 1) + j;
        if let Some(&v) = memo.get(&key) {
            return v;
        }
        let v = if a[i - 1] == b[j - 1] {
            Self::solve(a, b, i - 1, j - 1, memo) + 1
        } else {
            let skip_a = Self::solve(a, b, i - 1, j, memo);
            let skip_b = Self::solve(a, b, i, j - 1, memo);
            skip_a.max(skip_b)
        };
        memo.insert(key, v);
        v
    }
}
