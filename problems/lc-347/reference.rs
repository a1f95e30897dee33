use std::collections::HashMap;

impl Solution {
    pub fn top_k_frequent(nums: Vec<i32>, k: i32) -> Vec<i32> {
        let mut counts: HashMap<i32, usize> = HashMap::new();
        for &x in &nums {
            *counts.entry(x).or_insert(0) += 1;
        }
        // A count lies in 1..=n, so the values can be bucketed by count
        // instead of sorted: buckets[c] holds the values occurring c times.
        let mut buckets: Vec<Vec<i32>> = vec![Vec::new(); nums.len() + 1];
        for (x, c) in counts {
            buckets[c].push(x);
        }
        let k = k as usize;
        let mut top = Vec::with_capacity(k);
        for bucket in buckets.into_iter().rev() {
            top.extend(bucket);
            if top.len() >= k {
                break;
            }
        }
        // The answer is unique, so the k-th and (k+1)-th counts differ and the
        // last bucket taken never reaches past k; truncating is only a guard.
        top.truncate(k);
        top
    }
}
