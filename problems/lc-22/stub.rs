impl Solution {
    pub fn generate_parenthesis(n: i32) -> Vec<String> {
        
    }
}
