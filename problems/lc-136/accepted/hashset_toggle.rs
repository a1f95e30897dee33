use std::collections::HashSet;

impl Solution {
    pub fn single_number(nums: Vec<i32>) -> i32 {
        // A value enters the set on its first occurrence and leaves on its
        // second; only the single value is left at the end.
        let mut seen = HashSet::new();
        for x in nums {
            if !seen.insert(x) {
                seen.remove(&x);
            }
        }
        *seen.iter().next().unwrap()
    }
}
