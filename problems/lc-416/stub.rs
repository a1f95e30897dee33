impl Solution {
    pub fn can_partition(nums: Vec<i32>) -> bool {
        
    }
}
