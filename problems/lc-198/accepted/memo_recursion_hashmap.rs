// Top-down: best(i, may_take) with the results memoized in a HashMap keyed by
// the whole state. Heavier than a table, still O(n) states.
use std::collections::HashMap;

impl Solution {
    pub fn rob(nums: Vec<i32>) -> i32 {
        fn best(nums: &[i32], i: usize, may_take: bool, memo: &mut HashMap<(usize, bool), i32>) -> i32 {
            if i == nums.len() {
                return 0;
            }
            if let Some(&v) = memo.get(&(i, may_take)) {
                return v;
            }
            let mut v = best(nums, i + 1, true, memo);
            if may_take {
                v = v.max(nums[i] + best(nums, i + 1, false, memo));
            }
            memo.insert((i, may_take), v);
            v
        }
        let mut memo = HashMap::new();
        best(&nums, 0, true, &mut memo)
    }
}
