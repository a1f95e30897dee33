// Looks for the first difference by walking the length of the first word of
// each pair. When the second word is a prefix of the first ("abc" then
// "ab"), the walk runs past the end of the second word and panics.
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
            for k in 0..a.len() {
                if a[k] != b[k] {
                    let (x, y) = ((a[k] - b'a') as usize, (b[k] - b'a') as usize);
                    if !edge[x][y] {
                        edge[x][y] = true;
                        indegree[y] += 1;
                    }
                    break;
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
