// Build the cleaned, lower-cased String, then a reversed copy of it, and
// compare the two: three allocations of up to 2 * 10^5 characters.
impl Solution {
    pub fn is_palindrome(s: String) -> bool {
        let mut cleaned = String::new();
        for c in s.chars() {
            if c.is_alphanumeric() {
                for l in c.to_lowercase() {
                    cleaned.push(l);
                }
            }
        }
        let reversed: String = cleaned.chars().rev().collect();
        cleaned == reversed
    }
}
