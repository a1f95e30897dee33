impl Solution {
    pub fn count_substrings(s: String) -> i32 {
        
    }
}
