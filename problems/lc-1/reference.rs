use std::collections::HashMap;

impl Solution {
    pub fn two_sum(nums: Vec<i32>, target: i32) -> Vec<i32> {
        // Each value passed so far, with its index.
        let mut seen: HashMap<i32, usize> = HashMap::with_capacity(nums.len());
        for (i, &x) in nums.iter().enumerate() {
            // |target - x| <= 2 * 10^9 fits in an i32.
            if let Some(&j) = seen.get(&(target - x)) {
                return vec![j as i32, i as i32];
            }
            // Looked up before inserting, so x never pairs with itself.
            seen.insert(x, i);
        }
        unreachable!("the input has exactly one answer")
    }
}
