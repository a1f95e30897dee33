use std::collections::HashSet;

impl Solution {
    pub fn longest_consecutive(nums: Vec<i32>) -> i32 {
        let present: HashSet<i32> = nums.into_iter().collect();
        let mut best = 0;
        for &x in &present {
            // Only the bottom of a run starts a walk, so each value is
            // walked over at most once in total.
            if present.contains(&(x - 1)) {
                continue;
            }
            let mut len = 1;
            while present.contains(&(x + len)) {
                len += 1;
            }
            best = best.max(len);
        }
        best
    }
}
