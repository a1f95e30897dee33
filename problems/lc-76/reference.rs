impl Solution {
    pub fn min_window(s: String, t: String) -> String {
        let s = s.as_bytes();
        // need[c]: how many more c's the window needs (negative: surplus).
        let mut need = [0i32; 128];
        for &c in t.as_bytes() {
            need[c as usize] += 1;
        }
        let mut missing = t.len();
        let mut best: Option<(usize, usize)> = None;
        let mut left = 0;
        for (right, &c) in s.iter().enumerate() {
            if need[c as usize] > 0 {
                missing -= 1;
            }
            need[c as usize] -= 1;
            // Shrink from the left while the window still holds all of t.
            while missing == 0 {
                let len = right + 1 - left;
                if best.map_or(true, |(_, b)| len < b) {
                    best = Some((left, len));
                }
                let d = s[left] as usize;
                need[d] += 1;
                if need[d] > 0 {
                    missing += 1;
                }
                left += 1;
            }
        }
        match best {
            Some((start, len)) => String::from_utf8(s[start..start + len].to_vec()).unwrap(),
            None => String::new(),
        }
    }
}
