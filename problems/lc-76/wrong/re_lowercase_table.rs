// Sizes the count table for lowercase letters only and indexes it with
// `c - b'a'`: the first uppercase letter indexes far outside the table.
impl Solution {
    pub fn min_window(s: String, t: String) -> String {
        let s = s.as_bytes();
        let mut need = [0i32; 26];
        for &c in t.as_bytes() {
            need[(c - b'a') as usize] += 1;
        }
        let mut missing = t.len();
        let mut best: Option<(usize, usize)> = None;
        let mut l = 0;
        for r in 0..s.len() {
            let c = (s[r] - b'a') as usize;
            if need[c] > 0 {
                missing -= 1;
            }
            need[c] -= 1;
            while missing == 0 {
                if best.map_or(true, |(a, b)| r + 1 - l < b - a) {
                    best = Some((l, r + 1));
                }
                let d = (s[l] - b'a') as usize;
                need[d] += 1;
                if need[d] > 0 {
                    missing += 1;
                }
                l += 1;
            }
        }
        match best {
            Some((a, b)) => String::from_utf8(s[a..b].to_vec()).unwrap(),
            None => String::new(),
        }
    }
}
