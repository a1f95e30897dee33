// Bucket sort by count with one bucket too few: counts run from 1 to n, but
// the buckets are indexed 0..n, so a value occurring n times (every element
// equal, e.g. [1]) indexes past the end and panics.
use std::collections::HashMap;

impl Solution {
    pub fn top_k_frequent(nums: Vec<i32>, k: i32) -> Vec<i32> {
        let mut counts: HashMap<i32, usize> = HashMap::new();
        for &x in &nums {
            *counts.entry(x).or_insert(0) += 1;
        }
        let mut buckets: Vec<Vec<i32>> = vec![Vec::new(); nums.len()];
        for (x, c) in counts {
            buckets[c].push(x);
        }
        let mut res = Vec::new();
        for bucket in buckets.iter().rev() {
            for &x in bucket {
                if res.len() < k as usize {
                    res.push(x);
                }
            }
        }
        res
    }
}
