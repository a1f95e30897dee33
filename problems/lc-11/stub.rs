impl Solution {
    pub fn max_area(height: Vec<i32>) -> i32 {
        
    }
}
