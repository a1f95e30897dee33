impl Solution {
    pub fn plus_one(digits: Vec<i32>) -> Vec<i32> {
        
    }
}
