// A min-heap (through Reverse) of at most k (count, value) pairs: the least
// frequent of them is dropped whenever the heap grows past k. O(n + d log k).
use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap};

impl Solution {
    pub fn top_k_frequent(nums: Vec<i32>, k: i32) -> Vec<i32> {
        let k = k as usize;
        let mut freq: HashMap<i32, u32> = HashMap::new();
        for x in nums {
            *freq.entry(x).or_default() += 1;
        }
        let mut heap: BinaryHeap<Reverse<(u32, i32)>> = BinaryHeap::with_capacity(k + 1);
        for (x, c) in freq {
            heap.push(Reverse((c, x)));
            if heap.len() > k {
                heap.pop();
            }
        }
        heap.into_iter().map(|Reverse((_, x))| x).collect()
    }
}
