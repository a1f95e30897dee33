// Removes repeats with a HashSet of subsets but never sorts: subsets are in
// index order, so [2,1,2] yields both [2,1] and [1,2], which are the same
// subset.
use std::collections::HashSet;

impl Solution {
    pub fn subsets_with_dup(nums: Vec<i32>) -> Vec<Vec<i32>> {
        let mut seen: HashSet<Vec<i32>> = HashSet::new();
        let mut res = Vec::new();
        for mask in 0..(1 << nums.len()) {
            let mut subset = Vec::new();
            for i in 0..nums.len() {
                if mask & (1 << i) != 0 {
                    subset.push(nums[i]);
                }
            }
            if seen.insert(subset.clone()) {
                res.push(subset);
            }
        }
        res
    }
}
