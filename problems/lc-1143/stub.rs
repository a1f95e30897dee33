impl Solution {
    pub fn longest_common_subsequence(text1: String, text2: String) -> i32 {
        
    }
}
