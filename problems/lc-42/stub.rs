impl Solution {
    pub fn trap(height: Vec<i32>) -> i32 {
        
    }
}
