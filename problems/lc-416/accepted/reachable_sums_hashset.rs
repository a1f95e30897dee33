// Keeps the set of all subset sums seen so far (capped at half the total)
// and builds a new set for each number: the old sums plus the old sums
// shifted by that number.
use std::collections::HashSet;

impl Solution {
    pub fn can_partition(nums: Vec<i32>) -> bool {
        let total: i32 = nums.iter().sum();
        if total % 2 == 1 {
            return false;
        }
        let half = total / 2;
        let mut sums: HashSet<i32> = HashSet::new();
        sums.insert(0);
        for &x in &nums {
            let mut next = sums.clone();
            for &s in &sums {
                if s + x <= half {
                    next.insert(s + x);
                }
            }
            sums = next;
        }
        sums.contains(&half)
    }
}
