impl Solution {
    pub fn character_replacement(s: String, k: i32) -> i32 {
        
    }
}
