// For every character of s, counts its occurrences in s and in t by scanning
// both strings: O(n^2), about 5 * 10^9 character steps at n = 5 * 10^4.
impl Solution {
    pub fn is_anagram(s: String, t: String) -> bool {
        if s.len() != t.len() {
            return false;
        }
        for c in s.chars() {
            let in_s = s.chars().filter(|&x| x == c).count();
            let in_t = t.chars().filter(|&x| x == c).count();
            if in_s != in_t {
                return false;
            }
        }
        true
    }
}
