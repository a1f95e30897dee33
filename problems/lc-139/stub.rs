impl Solution {
    pub fn word_break(s: String, word_dict: Vec<String>) -> bool {
        
    }
}
