impl Solution {
    pub fn find_duplicate(nums: Vec<i32>) -> i32 {
        
    }
}
