impl Solution {
    pub fn contains_duplicate(nums: Vec<i32>) -> bool {
        
    }
}
