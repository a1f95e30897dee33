// Skips the zeros because they "do not change the total". But +0 and -0 are
// two different sign choices, so each zero doubles the count: [0,0,1] with
// target 1 gives 1 instead of 4.
impl Solution {
    pub fn find_target_sum_ways(nums: Vec<i32>, target: i32) -> i32 {
        fn go(nums: &[i32], i: usize, total: i32, target: i32) -> i32 {
            if i == nums.len() {
                return (total == target) as i32;
            }
            if nums[i] == 0 {
                return go(nums, i + 1, total, target);
            }
            go(nums, i + 1, total + nums[i], target) + go(nums, i + 1, total - nums[i], target)
        }
        go(&nums, 0, 0, target)
    }
}
