// Take-or-skip recursion towards half the total, with no memo: the same
// (index, remaining) pairs are explored again and again, exponentially many
// calls when no split exists.
impl Solution {
    pub fn can_partition(nums: Vec<i32>) -> bool {
        fn can(nums: &[i32], i: usize, rest: i32) -> bool {
            if rest == 0 {
                return true;
            }
            if rest < 0 || i == nums.len() {
                return false;
            }
            can(nums, i + 1, rest - nums[i]) || can(nums, i + 1, rest)
        }
        let total: i32 = nums.iter().sum();
        total % 2 == 0 && can(&nums, 0, total / 2)
    }
}
