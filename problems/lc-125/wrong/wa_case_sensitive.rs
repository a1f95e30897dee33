// Skips non-alphanumeric characters correctly but compares letters exactly,
// so 'A' and 'a' count as different.
impl Solution {
    pub fn is_palindrome(s: String) -> bool {
        let b = s.as_bytes();
        let (mut i, mut j) = (0, b.len() - 1);
        while i < j {
            if !b[i].is_ascii_alphanumeric() {
                i += 1;
            } else if !b[j].is_ascii_alphanumeric() {
                j -= 1;
            } else {
                if b[i] != b[j] {
                    return false;
                }
                i += 1;
                j -= 1;
            }
        }
        true
    }
}
