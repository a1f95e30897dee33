impl Solution {
    pub fn can_jump(nums: Vec<i32>) -> bool {
        
    }
}
