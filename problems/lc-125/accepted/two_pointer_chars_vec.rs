// Two pointers over a Vec<char>, each side skipping punctuation in its own
// guarded loop before the comparison.
impl Solution {
    pub fn is_palindrome(s: String) -> bool {
        let v: Vec<char> = s.chars().collect();
        let (mut i, mut j) = (0usize, v.len());
        while i < j {
            while i < j && !v[i].is_ascii_alphanumeric() {
                i += 1;
            }
            while i < j && !v[j - 1].is_ascii_alphanumeric() {
                j -= 1;
            }
            if i >= j {
                break;
            }
            if v[i].to_ascii_lowercase() != v[j - 1].to_ascii_lowercase() {
                return false;
            }
            i += 1;
            j -= 1;
        }
        true
    }
}
