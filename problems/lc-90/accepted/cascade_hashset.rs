// The slowest approach LeetCode accepts: sort, then grow the list of
// subsets one value at a time, cloning every subset found so far and
// keeping the copy only if a HashSet has not seen it.
use std::collections::HashSet;

impl Solution {
    pub fn subsets_with_dup(mut nums: Vec<i32>) -> Vec<Vec<i32>> {
        nums.sort();
        let mut all: Vec<Vec<i32>> = vec![vec![]];
        let mut seen: HashSet<Vec<i32>> = HashSet::new();
        seen.insert(vec![]);
        for &x in &nums {
            let before = all.len();
            for k in 0..before {
                let mut bigger = all[k].clone();
                bigger.push(x);
                if seen.insert(bigger.clone()) {
                    all.push(bigger);
                }
            }
        }
        all
    }
}
