use std::collections::HashMap;

impl Solution {
    pub fn single_number(nums: Vec<i32>) -> i32 {
        // The slowest approach LeetCode accepts here: count every value in a
        // hash map, then search the map for a count of one.
        let mut counts: HashMap<i32, usize> = HashMap::new();
        for &x in &nums {
            *counts.entry(x).or_insert(0) += 1;
        }
        counts.into_iter().find(|&(_, c)| c == 1).map(|(x, _)| x).unwrap()
    }
}
