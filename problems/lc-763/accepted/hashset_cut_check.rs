use std::collections::HashSet;

impl Solution {
    pub fn partition_labels(s: String) -> Vec<i32> {
        // A cut after index i is allowed when the letters before it and the
        // letters after it have nothing in common; cutting at every allowed
        // place gives the most pieces. Both letter sets are rebuilt for each
        // i: O(n^2) hash operations.
        let chars: Vec<char> = s.chars().collect();
        let n = chars.len();
        let mut sizes = Vec::new();
        let mut start = 0;
        for i in 0..n {
            let left: HashSet<char> = chars[..=i].iter().copied().collect();
            let right: HashSet<char> = chars[i + 1..].iter().copied().collect();
            if left.is_disjoint(&right) {
                sizes.push((i + 1 - start) as i32);
                start = i + 1;
            }
        }
        sizes
    }
}
