impl Solution {
    pub fn check_valid_string(s: String) -> bool {
        
    }
}
