// Builds the rules from the first difference of neighbouring words and sorts
// the letters topologically, but never checks for a word followed by its own
// proper prefix ("abc" before "ab"): it returns an alphabet where none exists.
use std::collections::VecDeque;

impl Solution {
    pub fn alien_order(words: Vec<String>) -> String {
        let mut present = [false; 26];
        for w in &words {
            for b in w.bytes() {
                present[(b - b'a') as usize] = true;
            }
        }
        let mut edge = [[false; 26]; 26];
        let mut indegree = [0usize; 26];
        for pair in words.windows(2) {
            let (a, b) = (pair[0].as_bytes(), pair[1].as_bytes());
            if let Some((&x, &y)) = a.iter().zip(b).find(|(x, y)| x != y) {
                let (x, y) = ((x - b'a') as usize, (y - b'a') as usize);
                if !edge[x][y] {
                    edge[x][y] = true;
                    indegree[y] += 1;
                }
            }
        }
        let mut ready: VecDeque<usize> = (0..26).filter(|&c| present[c] && indegree[c] == 0).collect();
        let mut order = String::new();
        while let Some(c) = ready.pop_front() {
            order.push((b'a' + c as u8) as char);
            for d in 0..26 {
                if edge[c][d] {
                    indegree[d] -= 1;
                    if indegree[d] == 0 {
                        ready.push_back(d);
                    }
                }
            }
        }
        if order.len() == present.iter().filter(|&&p| p).count() { order } else { String::new() }
    }
}
