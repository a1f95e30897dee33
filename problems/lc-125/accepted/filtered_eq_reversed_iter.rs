// The filtered, lower-cased bytes compared with the same iterator run
// backwards: no copy of the string at all.
impl Solution {
    pub fn is_palindrome(s: String) -> bool {
        let letters = s
            .bytes()
            .filter(u8::is_ascii_alphanumeric)
            .map(|b| b.to_ascii_lowercase());
        letters.clone().eq(letters.rev())
    }
}
