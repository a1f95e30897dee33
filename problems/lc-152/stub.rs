impl Solution {
    pub fn max_product(nums: Vec<i32>) -> i32 {
        
    }
}
