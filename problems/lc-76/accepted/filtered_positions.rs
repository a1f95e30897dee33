// Only the letters of s that occur in t matter: keep their positions, then
// run the window over that shorter list, measuring lengths in s.
impl Solution {
    pub fn min_window(s: String, t: String) -> String {
        let sb = s.as_bytes();
        let mut need = vec![0i64; 128];
        for b in t.bytes() {
            need[b as usize] += 1;
        }
        let filtered: Vec<(usize, u8)> = sb
            .iter()
            .enumerate()
            .filter(|&(_, &b)| need[b as usize] > 0)
            .map(|(i, &b)| (i, b))
            .collect();
        let mut missing = t.len() as i64;
        let mut have = vec![0i64; 128];
        let mut best: Option<(usize, usize)> = None;
        let mut l = 0;
        for r in 0..filtered.len() {
            let (_, c) = filtered[r];
            have[c as usize] += 1;
            if have[c as usize] <= need[c as usize] {
                missing -= 1;
            }
            while missing == 0 {
                let (start, d) = filtered[l];
                let end = filtered[r].0 + 1;
                if best.map_or(true, |(a, b)| end - start < b - a) {
                    best = Some((start, end));
                }
                have[d as usize] -= 1;
                if have[d as usize] < need[d as usize] {
                    missing += 1;
                }
                l += 1;
            }
        }
        best.map_or(String::new(), |(a, b)| s[a..b].to_string())
    }
}
