impl Solution {
    pub fn check_inclusion(s1: String, s2: String) -> bool {
        
    }
}
