use std::collections::BTreeMap;

// The prefix-count method with an ordered map instead of a hash map:
// O(n log n).
impl Solution {
    pub fn subarray_sum(nums: Vec<i32>, k: i32) -> i32 {
        let mut counts: BTreeMap<i32, i32> = BTreeMap::new();
        counts.insert(0, 1);
        let mut sum = 0;
        let mut result = 0;
        for x in nums.iter() {
            sum += x;
            result += counts.get(&(sum - k)).unwrap_or(&0);
            *counts.entry(sum).or_default() += 1;
        }
        result
    }
}
