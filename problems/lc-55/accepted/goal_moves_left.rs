// Greedy from the right: keep the leftmost index known to reach the end.
// A cell that can jump to it becomes the new goal.
impl Solution {
    pub fn can_jump(nums: Vec<i32>) -> bool {
        let mut goal = nums.len() - 1;
        for i in (0..nums.len() - 1).rev() {
            if i + nums[i] as usize >= goal {
                goal = i;
            }
        }
        goal == 0
    }
}
