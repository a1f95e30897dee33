impl Solution {
    pub fn num_decodings(s: String) -> i32 {
        
    }
}
