impl Solution {
    pub fn single_number(nums: Vec<i32>) -> i32 {
        
    }
}
