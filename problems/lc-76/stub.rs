impl Solution {
    pub fn min_window(s: String, t: String) -> String {
        
    }
}
