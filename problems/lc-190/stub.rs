impl Solution {
    pub fn reverse_bits(n: i32) -> i32 {
        
    }
}
