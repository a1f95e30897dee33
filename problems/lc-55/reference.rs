impl Solution {
    pub fn can_jump(nums: Vec<i32>) -> bool {
        let last = nums.len() - 1;
        // Every index up to `reach` can be reached.
        let mut reach = 0usize;
        for (i, &step) in nums.iter().enumerate() {
            if i > reach {
                return false;
            }
            reach = reach.max(i + step as usize);
            if reach >= last {
                return true;
            }
        }
        true
    }
}
