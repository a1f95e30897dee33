// Compares the counts before sliding the window, and never after the last
// slide: a match that ends at the end of s2 (or s2 as long as s1) is missed.
impl Solution {
    pub fn check_inclusion(s1: String, s2: String) -> bool {
        let (p, s) = (s1.as_bytes(), s2.as_bytes());
        if p.len() > s.len() {
            return false;
        }
        let mut need = [0; 26];
        let mut have = [0; 26];
        for i in 0..p.len() {
            need[(p[i] - b'a') as usize] += 1;
            have[(s[i] - b'a') as usize] += 1;
        }
        for i in p.len()..s.len() {
            if need == have {
                return true;
            }
            have[(s[i] - b'a') as usize] += 1;
            have[(s[i - p.len()] - b'a') as usize] -= 1;
        }
        false
    }
}
