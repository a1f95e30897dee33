// Sorts the array itself by how often each element occurs and returns the
// first k elements. A frequent value fills several of the k slots, so the
// answer holds repeats instead of k distinct values.
use std::collections::HashMap;

impl Solution {
    pub fn top_k_frequent(nums: Vec<i32>, k: i32) -> Vec<i32> {
        let mut counts: HashMap<i32, usize> = HashMap::new();
        for &x in &nums {
            *counts.entry(x).or_insert(0) += 1;
        }
        let mut sorted = nums;
        sorted.sort_by(|a, b| counts[b].cmp(&counts[a]));
        sorted.truncate(k as usize);
        sorted
    }
}
