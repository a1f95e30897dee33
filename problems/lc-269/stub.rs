impl Solution {
    pub fn alien_order(words: Vec<String>) -> String {
        
    }
}
