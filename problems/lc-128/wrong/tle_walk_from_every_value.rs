// Uses a hash set but walks upwards from every value, not only from the
// bottom of each run: a run of 10^5 values is walked 10^5 times, about
// 5 * 10^9 lookups.
use std::collections::HashSet;

impl Solution {
    pub fn longest_consecutive(nums: Vec<i32>) -> i32 {
        let set: HashSet<i32> = nums.iter().copied().collect();
        let mut best = 0;
        for &x in &set {
            let mut len = 1;
            while set.contains(&(x + len)) {
                len += 1;
            }
            best = best.max(len);
        }
        best
    }
}
