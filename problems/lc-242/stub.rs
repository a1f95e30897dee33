impl Solution {
    pub fn is_anagram(s: String, t: String) -> bool {
        
    }
}
