impl Solution {
    pub fn count_bits(n: i32) -> Vec<i32> {
        
    }
}
