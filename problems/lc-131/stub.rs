impl Solution {
    pub fn partition(s: String) -> Vec<Vec<String>> {
        
    }
}
