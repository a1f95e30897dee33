impl Solution {
    pub fn is_interleave(s1: String, s2: String, s3: String) -> bool {
        
    }
}
