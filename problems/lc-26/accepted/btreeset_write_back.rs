// Collect the distinct values in a BTreeSet (which keeps them sorted), then
// write them back over the front of the array.
use std::collections::BTreeSet;

impl Solution {
    pub fn remove_duplicates(nums: &mut Vec<i32>) -> i32 {
        let distinct: BTreeSet<i32> = nums.iter().copied().collect();
        for (slot, value) in nums.iter_mut().zip(distinct.iter()) {
            *slot = *value;
        }
        distinct.len() as i32
    }
}
