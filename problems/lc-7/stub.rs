impl Solution {
    pub fn reverse(x: i32) -> i32 {
        
    }
}
