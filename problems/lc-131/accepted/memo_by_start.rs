// The slowest approach LeetCode accepts: top-down with a HashMap memo. The
// partitions of the suffix starting at i are computed once, as a
// palindromic first piece in front of each partition of what follows it,
// but every lookup clones the stored list and every partition is rebuilt
// piece by piece for each first piece in front of it.
use std::collections::HashMap;

impl Solution {
    pub fn partition(s: String) -> Vec<Vec<String>> {
        let mut memo: HashMap<usize, Vec<Vec<String>>> = HashMap::new();
        Self::from(&s, 0, &mut memo)
    }

    fn from(s: &str, i: usize, memo: &mut HashMap<usize, Vec<Vec<String>>>) -> Vec<Vec<String>> {
        if i == s.len() {
            return vec![vec![]];
        }
        if let Some(done) = memo.get(&i) {
            return done.clone();
        }
        let b = s.as_bytes();
        let mut all = Vec::new();
        for end in i + 1..=s.len() {
            let (mut l, mut r) = (i, end - 1);
            while l < r && b[l] == b[r] {
                l += 1;
                r -= 1;
            }
            if l >= r {
                for tail in Self::from(s, end, memo) {
                    let mut p = Vec::with_capacity(tail.len() + 1);
                    p.push(s[i..end].to_string());
                    p.extend(tail);
                    all.push(p);
                }
            }
        }
        memo.insert(i, all.clone());
        all
    }
}
