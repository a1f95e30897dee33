// Top-down over (house, may take it, first house taken), memoized in a
// HashMap keyed by the whole state.
use std::collections::HashMap;

impl Solution {
    pub fn rob(nums: Vec<i32>) -> i32 {
        fn best(
            nums: &[i32],
            i: usize,
            may_take: bool,
            first: bool,
            memo: &mut HashMap<(usize, bool, bool), i32>,
        ) -> i32 {
            let n = nums.len();
            if i == n {
                return 0;
            }
            if let Some(&v) = memo.get(&(i, may_take, first)) {
                return v;
            }
            let mut v = best(nums, i + 1, true, first, memo);
            let blocked_by_first = i == n - 1 && first;
            if may_take && !blocked_by_first {
                v = v.max(nums[i] + best(nums, i + 1, false, first || i == 0, memo));
            }
            memo.insert((i, may_take, first), v);
            v
        }
        let mut memo = HashMap::new();
        best(&nums, 0, true, false, &mut memo)
    }
}
