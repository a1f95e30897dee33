impl Solution {
    pub fn longest_palindrome(s: String) -> String {
        
    }
}
