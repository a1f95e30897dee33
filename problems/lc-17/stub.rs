impl Solution {
    pub fn letter_combinations(digits: String) -> Vec<String> {
        
    }
}
