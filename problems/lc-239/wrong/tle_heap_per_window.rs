// Builds a fresh max-heap from every window and reads its top: O(k) work
// for each of the n - k + 1 windows, O(n * k) in all.
use std::collections::BinaryHeap;

impl Solution {
    pub fn max_sliding_window(nums: Vec<i32>, k: i32) -> Vec<i32> {
        let k = k as usize;
        let mut result = Vec::new();
        for start in 0..=nums.len() - k {
            let heap: BinaryHeap<i32> = nums[start..start + k].iter().copied().collect();
            result.push(*heap.peek().unwrap());
        }
        result
    }
}
