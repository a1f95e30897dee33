impl Solution {
    pub fn max_sub_array(nums: Vec<i32>) -> i32 {
        
    }
}
