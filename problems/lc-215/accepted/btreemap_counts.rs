// Counts every value in a BTreeMap, then walks the counts from the largest
// value down until k elements have been passed. O(n log n), heavy constant.
use std::collections::BTreeMap;

impl Solution {
    pub fn find_kth_largest(nums: Vec<i32>, k: i32) -> i32 {
        let mut counts: BTreeMap<i32, usize> = BTreeMap::new();
        for x in nums {
            *counts.entry(x).or_insert(0) += 1;
        }
        let mut remaining = k as usize;
        for (&value, &count) in counts.iter().rev() {
            if count >= remaining {
                return value;
            }
            remaining -= count;
        }
        unreachable!("k <= nums.len()")
    }
}
