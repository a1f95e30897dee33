// Fills the first window without checking that s2 is at least as long as
// s1: when it is shorter, s[i] runs past its end.
impl Solution {
    pub fn check_inclusion(s1: String, s2: String) -> bool {
        let (p, s) = (s1.as_bytes(), s2.as_bytes());
        let m = p.len();
        let mut need = [0; 26];
        let mut have = [0; 26];
        for i in 0..m {
            need[(p[i] - b'a') as usize] += 1;
            have[(s[i] - b'a') as usize] += 1;
        }
        if need == have {
            return true;
        }
        for i in m..s.len() {
            have[(s[i] - b'a') as usize] += 1;
            have[(s[i - m] - b'a') as usize] -= 1;
            if need == have {
                return true;
            }
        }
        false
    }
}
