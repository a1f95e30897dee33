// Sizes the result as n - k instead of n - k + 1, so writing the last
// window's maximum indexes past the end.
use std::collections::VecDeque;

impl Solution {
    pub fn max_sliding_window(nums: Vec<i32>, k: i32) -> Vec<i32> {
        let k = k as usize;
        let mut result = vec![0; nums.len() - k];
        let mut deque: VecDeque<usize> = VecDeque::new();
        for i in 0..nums.len() {
            while deque.back().is_some_and(|&j| nums[j] <= nums[i]) {
                deque.pop_back();
            }
            deque.push_back(i);
            if deque[0] + k <= i {
                deque.pop_front();
            }
            if i + 1 >= k {
                result[i + 1 - k] = nums[deque[0]];
            }
        }
        result
    }
}
