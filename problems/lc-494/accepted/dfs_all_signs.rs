// Backtracking over both signs of every number: 2^n leaves, about 10^6 at
// n = 20, which LeetCode accepts.
impl Solution {
    pub fn find_target_sum_ways(nums: Vec<i32>, target: i32) -> i32 {
        fn go(nums: &[i32], i: usize, total: i32, target: i32) -> i32 {
            if i == nums.len() {
                return (total == target) as i32;
            }
            go(nums, i + 1, total + nums[i], target) + go(nums, i + 1, total - nums[i], target)
        }
        go(&nums, 0, 0, target)
    }
}
