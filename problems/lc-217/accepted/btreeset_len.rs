// The slowest approach LeetCode accepts here: put every value into an
// ordered set (O(n log n), one tree node per value, no early exit) and
// compare its size with the array's.
use std::collections::BTreeSet;

impl Solution {
    pub fn contains_duplicate(nums: Vec<i32>) -> bool {
        let distinct: BTreeSet<i32> = nums.iter().copied().collect();
        distinct.len() < nums.len()
    }
}
