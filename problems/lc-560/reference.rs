use std::collections::HashMap;

impl Solution {
    pub fn subarray_sum(nums: Vec<i32>, k: i32) -> i32 {
        // How many prefixes (including the empty one) have each sum.
        let mut seen: HashMap<i32, i32> = HashMap::with_capacity(nums.len() + 1);
        seen.insert(0, 1);
        let mut prefix = 0;
        let mut count = 0;
        for x in nums {
            prefix += x;
            // A subarray ending here sums to k when an earlier prefix is prefix - k.
            if let Some(&c) = seen.get(&(prefix - k)) {
                count += c;
            }
            *seen.entry(prefix).or_insert(0) += 1;
        }
        count
    }
}
