// The classic two-map sliding window: counts of t, counts of the window,
// and how many distinct letters of t the window holds often enough.
use std::collections::HashMap;

impl Solution {
    pub fn min_window(s: String, t: String) -> String {
        let chars: Vec<char> = s.chars().collect();
        let mut dict_t: HashMap<char, usize> = HashMap::new();
        for c in t.chars() {
            *dict_t.entry(c).or_default() += 1;
        }
        let required = dict_t.len();
        let mut window: HashMap<char, usize> = HashMap::new();
        let mut formed = 0;
        let (mut l, mut best_len, mut best_l) = (0usize, usize::MAX, 0usize);
        for r in 0..chars.len() {
            let c = chars[r];
            let count = window.entry(c).or_default();
            *count += 1;
            if dict_t.get(&c) == Some(count) {
                formed += 1;
            }
            while l <= r && formed == required {
                if r - l + 1 < best_len {
                    best_len = r - l + 1;
                    best_l = l;
                }
                let d = chars[l];
                let count = window.get_mut(&d).unwrap();
                *count -= 1;
                if let Some(&want) = dict_t.get(&d) {
                    if *count < want {
                        formed -= 1;
                    }
                }
                l += 1;
            }
        }
        if best_len == usize::MAX {
            String::new()
        } else {
            chars[best_l..best_l + best_len].iter().collect()
        }
    }
}
