// Prefix sums with a hash map, but the map starts empty instead of holding
// the empty prefix (sum 0, once), so subarrays starting at index 0 are missed.
use std::collections::HashMap;

impl Solution {
    pub fn subarray_sum(nums: Vec<i32>, k: i32) -> i32 {
        let mut map: HashMap<i32, i32> = HashMap::new();
        let mut sum = 0;
        let mut count = 0;
        for x in nums {
            sum += x;
            if let Some(c) = map.get(&(sum - k)) {
                count += c;
            }
            *map.entry(sum).or_insert(0) += 1;
        }
        count
    }
}
