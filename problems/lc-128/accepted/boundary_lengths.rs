// One pass with a HashMap: when x arrives, the runs ending at x - 1 and
// starting at x + 1 merge through it; only the two ends of each run need
// their lengths kept up to date.
use std::collections::HashMap;

impl Solution {
    pub fn longest_consecutive(nums: Vec<i32>) -> i32 {
        let mut len_at: HashMap<i32, i32> = HashMap::new();
        let mut best = 0;
        for x in nums {
            if len_at.contains_key(&x) {
                continue;
            }
            let left = len_at.get(&(x - 1)).copied().unwrap_or(0);
            let right = len_at.get(&(x + 1)).copied().unwrap_or(0);
            let len = left + right + 1;
            len_at.insert(x, len);
            len_at.insert(x - left, len);
            len_at.insert(x + right, len);
            best = best.max(len);
        }
        best
    }
}
