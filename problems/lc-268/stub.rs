impl Solution {
    pub fn missing_number(nums: Vec<i32>) -> i32 {
        
    }
}
