impl Solution {
    pub fn num_distinct(s: String, t: String) -> i32 {
        
    }
}
