// Checks every window s[i..=j]: keeps the window's letter counts while
// extending j and compares them with t's counts at each step. O(m^2 * 52),
// and when no window works every start runs to the end of s.
impl Solution {
    pub fn min_window(s: String, t: String) -> String {
        let s = s.as_bytes();
        let mut need = [0; 128];
        for &c in t.as_bytes() {
            need[c as usize] += 1;
        }
        let mut best = "";
        for i in 0..s.len() {
            let mut have = [0; 128];
            for j in i..s.len() {
                have[s[j] as usize] += 1;
                let covers = (b'A'..=b'z').all(|c| have[c as usize] >= need[c as usize]);
                if covers {
                    if best.is_empty() || j + 1 - i < best.len() {
                        best = std::str::from_utf8(&s[i..=j]).unwrap();
                    }
                    break;
                }
            }
        }
        best.to_string()
    }
}
