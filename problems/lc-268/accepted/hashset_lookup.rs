use std::collections::HashSet;

impl Solution {
    pub fn missing_number(nums: Vec<i32>) -> i32 {
        // Put everything in a hash set,
        // then look up 0, 1, ..., n in turn.
        let seen: HashSet<i32> = nums.iter().copied().collect();
        (0..=nums.len() as i32).find(|k| !seen.contains(k)).unwrap()
    }
}
