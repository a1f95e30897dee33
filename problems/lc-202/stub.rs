impl Solution {
    pub fn is_happy(n: i32) -> bool {
        
    }
}
