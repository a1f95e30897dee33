use std::collections::HashMap;

impl Solution {
    pub fn min_window(s: String, t: String) -> String {
        let s: Vec<char> = s.chars().collect();
        let mut need: HashMap<char, usize> = HashMap::new();
        for c in t.chars() {
            *need.entry(c).or_insert(0) += 1;
        }
        let mut best: Option<(usize, usize)> = None;
        // For each start, extend the end until the window holds all of t.
        for i in 0..s.len() {
            let mut have: HashMap<char, usize> = HashMap::new();
            for j in i..s.len() {
                *have.entry(s[j]).or_insert(0) += 1;
                let covers = need.iter().all(|(c, k)| have.get(c).copied().unwrap_or(0) >= *k);
                if covers {
                    if best.map_or(true, |(a, b)| j + 1 - i < b - a) {
                        best = Some((i, j + 1));
                    }
                    break;
                }
            }
        }
        match best {
            Some((a, b)) => s[a..b].iter().collect(),
            None => String::new(),
        }
    }
}
