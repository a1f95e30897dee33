// Keeps values (not indices) in the deque and pops equal values from the
// back. When the outgoing element equals the front, the front is removed,
// even though it may stand for a duplicate that is still in the window.
use std::collections::VecDeque;

impl Solution {
    pub fn max_sliding_window(nums: Vec<i32>, k: i32) -> Vec<i32> {
        let k = k as usize;
        let mut result = Vec::new();
        let mut deque: VecDeque<i32> = VecDeque::new();
        for i in 0..nums.len() {
            if i >= k && deque.front() == Some(&nums[i - k]) {
                deque.pop_front();
            }
            while deque.back().is_some_and(|&v| v <= nums[i]) {
                deque.pop_back();
            }
            deque.push_back(nums[i]);
            if i + 1 >= k {
                result.push(deque[0]);
            }
        }
        result
    }
}
