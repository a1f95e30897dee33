impl Solution {
    pub fn is_palindrome(s: String) -> bool {
        
    }
}
