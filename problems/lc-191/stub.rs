impl Solution {
    pub fn hamming_weight(n: i32) -> i32 {
        
    }
}
