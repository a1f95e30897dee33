// Count every value's occurrences in a HashMap, then ask whether any count
// is above one.
use std::collections::HashMap;

impl Solution {
    pub fn contains_duplicate(nums: Vec<i32>) -> bool {
        let mut counts: HashMap<i32, u32> = HashMap::new();
        for x in nums {
            *counts.entry(x).or_default() += 1;
        }
        counts.values().any(|&c| c > 1)
    }
}
