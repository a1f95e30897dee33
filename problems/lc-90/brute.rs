// Every choice of indices (2^n masks); each subset is sorted and kept in a
// BTreeSet, which drops the repeats.
use std::collections::BTreeSet;

impl Solution {
    pub fn subsets_with_dup(nums: Vec<i32>) -> Vec<Vec<i32>> {
        let n = nums.len();
        let mut set = BTreeSet::new();
        for mask in 0..1u32 << n {
            let mut subset: Vec<i32> = (0..n).filter(|&i| mask >> i & 1 == 1).map(|i| nums[i]).collect();
            subset.sort();
            set.insert(subset);
        }
        set.into_iter().collect()
    }
}
