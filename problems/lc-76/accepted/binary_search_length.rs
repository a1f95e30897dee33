// Binary search on the window length: if some window of length L holds all
// of t, so does some window of every longer length. Each probe slides a
// fixed-length window over s, keeping its letter counts in a HashMap and
// the number of distinct letters of t it already covers. O(m log m) hash
// operations.
use std::collections::HashMap;

impl Solution {
    pub fn min_window(s: String, t: String) -> String {
        let s: Vec<char> = s.chars().collect();
        let mut need: HashMap<char, i32> = HashMap::new();
        for c in t.chars() {
            *need.entry(c).or_insert(0) += 1;
        }
        if t.len() > s.len() {
            return String::new();
        }
        // The start of a window of length `len` covering t, if any.
        let find = |len: usize| -> Option<usize> {
            let mut have: HashMap<char, i32> = HashMap::new();
            let mut covered = 0;
            for r in 0..s.len() {
                let c = s[r];
                let e = have.entry(c).or_insert(0);
                *e += 1;
                if need.get(&c) == Some(e) {
                    covered += 1;
                }
                if r >= len {
                    let d = s[r - len];
                    let e = have.get_mut(&d).unwrap();
                    if need.get(&d) == Some(e) {
                        covered -= 1;
                    }
                    *e -= 1;
                }
                if r + 1 >= len && covered == need.len() {
                    return Some(r + 1 - len);
                }
            }
            None
        };
        let (mut lo, mut hi) = (t.len(), s.len());
        if find(hi).is_none() {
            return String::new();
        }
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if find(mid).is_some() {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        let start = find(lo).unwrap();
        s[start..start + lo].iter().collect()
    }
}
