// Evicts the front index only once it is more than k places behind
// (`front + k < i` instead of `<=`): each window keeps one stale element on
// its left, which is reported when it is the largest.
use std::collections::VecDeque;

impl Solution {
    pub fn max_sliding_window(nums: Vec<i32>, k: i32) -> Vec<i32> {
        let k = k as usize;
        let mut result = Vec::new();
        let mut deque: VecDeque<usize> = VecDeque::new();
        for i in 0..nums.len() {
            while deque.back().is_some_and(|&j| nums[j] <= nums[i]) {
                deque.pop_back();
            }
            deque.push_back(i);
            while deque[0] + k < i {
                deque.pop_front();
            }
            if i + 1 >= k {
                result.push(nums[deque[0]]);
            }
        }
        result
    }
}
