// The sign recursion with a memo on (index, running total): at most
// n * (2 * sum + 1) states.
use std::collections::HashMap;

impl Solution {
    pub fn find_target_sum_ways(nums: Vec<i32>, target: i32) -> i32 {
        fn go(nums: &[i32], i: usize, total: i32, target: i32, memo: &mut HashMap<(usize, i32), i32>) -> i32 {
            if i == nums.len() {
                return (total == target) as i32;
            }
            if let Some(&v) = memo.get(&(i, total)) {
                return v;
            }
            let v = go(nums, i + 1, total + nums[i], target, memo)
                + go(nums, i + 1, total - nums[i], target, memo);
            memo.insert((i, total), v);
            v
        }
        let mut memo = HashMap::new();
        go(&nums, 0, 0, target, &mut memo)
    }
}
