// The inner loops that skip punctuation never check the index bounds: on a
// string with no letter or digit (like ".,") the left index runs off the end.
impl Solution {
    pub fn is_palindrome(s: String) -> bool {
        let b = s.as_bytes();
        let (mut i, mut j) = (0, b.len() - 1);
        while i < j {
            while !b[i].is_ascii_alphanumeric() {
                i += 1;
            }
            while !b[j].is_ascii_alphanumeric() {
                j -= 1;
            }
            if b[i].to_ascii_lowercase() != b[j].to_ascii_lowercase() {
                return false;
            }
            i += 1;
            j -= 1;
        }
        true
    }
}
