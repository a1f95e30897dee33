impl Solution {
    pub fn jump(nums: Vec<i32>) -> i32 {
        
    }
}
