impl Solution {
    pub fn max_coins(nums: Vec<i32>) -> i32 {
        
    }
}
