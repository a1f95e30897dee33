// Breadth-first search over the pairs (i, j) that can be reached: from a
// pair, the next letter of s3 may come from s1 or from s2. Success when
// (len1, len2) is reached.
use std::collections::{HashSet, VecDeque};

impl Solution {
    pub fn is_interleave(s1: String, s2: String, s3: String) -> bool {
        let (a, b, c) = (s1.as_bytes(), s2.as_bytes(), s3.as_bytes());
        if a.len() + b.len() != c.len() {
            return false;
        }
        let mut seen = HashSet::new();
        let mut queue = VecDeque::new();
        queue.push_back((0usize, 0usize));
        seen.insert((0, 0));
        while let Some((i, j)) = queue.pop_front() {
            if i == a.len() && j == b.len() {
                return true;
            }
            let k = i + j;
            if i < a.len() && a[i] == c[k] && seen.insert((i + 1, j)) {
                queue.push_back((i + 1, j));
            }
            if j < b.len() && b[j] == c[k] && seen.insert((i, j + 1)) {
                queue.push_back((i, j + 1));
            }
        }
        false
    }
}
