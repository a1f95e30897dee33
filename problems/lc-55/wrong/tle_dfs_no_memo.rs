// Tries every jump from every cell recursively, longest jump first, without
// remembering which cells were already found to be dead ends. When the last
// cell cannot be reached, every route is explored: exponentially many.
impl Solution {
    pub fn can_jump(nums: Vec<i32>) -> bool {
        fn from(nums: &[i32], i: usize) -> bool {
            if i >= nums.len() - 1 {
                return true;
            }
            for d in (1..=nums[i] as usize).rev() {
                if from(nums, i + d) {
                    return true;
                }
            }
            false
        }
        from(&nums, 0)
    }
}
