impl Solution {
    pub fn get_sum(a: i32, b: i32) -> i32 {
        
    }
}
