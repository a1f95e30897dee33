// A fixed-size window slid over s2 with its own count array, compared with
// s1's counts (26 comparisons) at every position: O(26 * l2).
impl Solution {
    pub fn check_inclusion(s1: String, s2: String) -> bool {
        let (a, b) = (s1.as_bytes(), s2.as_bytes());
        let m = a.len();
        if m > b.len() {
            return false;
        }
        let idx = |c: u8| (c - b'a') as usize;
        let mut want = [0i32; 26];
        let mut window = [0i32; 26];
        for i in 0..m {
            want[idx(a[i])] += 1;
            window[idx(b[i])] += 1;
        }
        if want == window {
            return true;
        }
        for i in m..b.len() {
            window[idx(b[i])] += 1;
            window[idx(b[i - m])] -= 1;
            if want == window {
                return true;
            }
        }
        false
    }
}
