use std::collections::VecDeque;

impl Solution {
    pub fn max_sliding_window(nums: Vec<i32>, k: i32) -> Vec<i32> {
        let k = k as usize;
        let mut result = Vec::with_capacity(nums.len() + 1 - k);
        // Indices of the elements that can still be a window's maximum; their
        // values decrease from front to back.
        let mut candidates: VecDeque<usize> = VecDeque::with_capacity(k);
        for (i, &x) in nums.iter().enumerate() {
            while candidates.back().is_some_and(|&j| nums[j] <= x) {
                candidates.pop_back();
            }
            candidates.push_back(i);
            // The front leaves once the window [i + 1 - k, i] has passed it.
            if candidates[0] + k <= i {
                candidates.pop_front();
            }
            if i + 1 >= k {
                result.push(nums[candidates[0]]);
            }
        }
        result
    }
}
