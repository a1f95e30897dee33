// The slowest approach LeetCode accepts (its official "no-sort" approach):
// for every distinct first value, a two-sum pass over the rest with a
// HashMap of values seen in this pass; triplets are sorted and collected in
// a HashSet to drop repeats. O(n^2) hash operations, no sorting of nums.
use std::collections::{HashMap, HashSet};

impl Solution {
    pub fn three_sum(nums: Vec<i32>) -> Vec<Vec<i32>> {
        let n = nums.len();
        let mut found: HashSet<Vec<i32>> = HashSet::new();
        let mut firsts: HashSet<i32> = HashSet::new();
        // seen[v] == i: value v appeared after position i in pass i.
        let mut seen: HashMap<i32, usize> = HashMap::new();
        for i in 0..n {
            if !firsts.insert(nums[i]) {
                continue;
            }
            for j in i + 1..n {
                let need = -nums[i] - nums[j];
                if seen.get(&need) == Some(&i) {
                    let mut t = vec![nums[i], nums[j], need];
                    t.sort_unstable();
                    found.insert(t);
                }
                seen.insert(nums[j], i);
            }
        }
        found.into_iter().collect()
    }
}
