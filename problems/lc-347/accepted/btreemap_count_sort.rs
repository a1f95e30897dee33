// Counts in a BTreeMap, then sorts the (value, count) pairs by count, most
// frequent first, and takes k. O(n log d) with a heavy constant.
use std::collections::BTreeMap;

impl Solution {
    pub fn top_k_frequent(nums: Vec<i32>, k: i32) -> Vec<i32> {
        let mut counts: BTreeMap<i32, usize> = BTreeMap::new();
        for x in nums {
            *counts.entry(x).or_insert(0) += 1;
        }
        let mut pairs: Vec<(i32, usize)> = counts.into_iter().collect();
        pairs.sort_by(|a, b| b.1.cmp(&a.1));
        pairs.iter().take(k as usize).map(|p| p.0).collect()
    }
}
