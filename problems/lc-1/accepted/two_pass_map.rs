// Two passes: index every value (the last index of each), then look up each
// element's complement, skipping a match with itself.
use std::collections::HashMap;

impl Solution {
    pub fn two_sum(nums: Vec<i32>, target: i32) -> Vec<i32> {
        let index: HashMap<i32, usize> = nums.iter().enumerate().map(|(i, &x)| (x, i)).collect();
        nums.iter()
            .enumerate()
            .find_map(|(i, &x)| match index.get(&(target - x)) {
                Some(&j) if j != i => Some(vec![i as i32, j as i32]),
                _ => None,
            })
            .unwrap_or_default()
    }
}
