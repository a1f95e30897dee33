// Prefix sums with a hash map, but the current prefix is recorded before the
// lookup. When k = 0 it then matches itself, counting an empty subarray at
// every position.
use std::collections::HashMap;

impl Solution {
    pub fn subarray_sum(nums: Vec<i32>, k: i32) -> i32 {
        let mut map: HashMap<i32, i32> = HashMap::new();
        map.insert(0, 1);
        let mut sum = 0;
        let mut count = 0;
        for x in nums {
            sum += x;
            *map.entry(sum).or_insert(0) += 1;
            if let Some(c) = map.get(&(sum - k)) {
                count += c;
            }
        }
        count
    }
}
