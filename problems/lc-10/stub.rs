impl Solution {
    pub fn is_match(s: String, p: String) -> bool {
        
    }
}
