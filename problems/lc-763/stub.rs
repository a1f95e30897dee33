impl Solution {
    pub fn partition_labels(s: String) -> Vec<i32> {
        
    }
}
