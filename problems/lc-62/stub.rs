impl Solution {
    pub fn unique_paths(m: i32, n: i32) -> i32 {
        
    }
}
