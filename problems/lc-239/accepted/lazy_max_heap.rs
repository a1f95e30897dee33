// A max-heap of (value, index); entries that have slid out of the window are
// only thrown away when they reach the top. O(n log n).
use std::collections::BinaryHeap;

impl Solution {
    pub fn max_sliding_window(nums: Vec<i32>, k: i32) -> Vec<i32> {
        let k = k as usize;
        let mut heap: BinaryHeap<(i32, usize)> = BinaryHeap::new();
        let mut result = Vec::with_capacity(nums.len() - k + 1);
        for (i, &x) in nums.iter().enumerate() {
            heap.push((x, i));
            if i + 1 < k {
                continue;
            }
            while let Some(&(_, j)) = heap.peek() {
                if j + k <= i {
                    heap.pop();
                } else {
                    break;
                }
            }
            result.push(heap.peek().unwrap().0);
        }
        result
    }
}
