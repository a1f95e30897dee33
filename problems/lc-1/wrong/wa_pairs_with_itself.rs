// Stores every value first, then looks up each complement without checking
// that it is a different position: when target is twice nums[i], nums[i]
// finds itself and [i, i] comes back (example 2 gives [0,0]).
use std::collections::HashMap;

impl Solution {
    pub fn two_sum(nums: Vec<i32>, target: i32) -> Vec<i32> {
        let mut index: HashMap<i32, usize> = HashMap::new();
        for (i, &x) in nums.iter().enumerate() {
            index.insert(x, i);
        }
        for (i, &x) in nums.iter().enumerate() {
            if let Some(&j) = index.get(&(target - x)) {
                return vec![i as i32, j as i32];
            }
        }
        vec![]
    }
}
