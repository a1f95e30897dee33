// Takes its letters from the rules only: a letter that appears in the words
// but in no rule (such as every letter after the first difference) is left
// out of the answer.
use std::collections::{BTreeSet, VecDeque};

impl Solution {
    pub fn alien_order(words: Vec<String>) -> String {
        let mut letters: BTreeSet<usize> = BTreeSet::new();
        let mut edge = [[false; 26]; 26];
        let mut indegree = [0usize; 26];
        for pair in words.windows(2) {
            let (a, b) = (pair[0].as_bytes(), pair[1].as_bytes());
            match a.iter().zip(b).find(|(x, y)| x != y) {
                Some((&x, &y)) => {
                    let (x, y) = ((x - b'a') as usize, (y - b'a') as usize);
                    letters.insert(x);
                    letters.insert(y);
                    if !edge[x][y] {
                        edge[x][y] = true;
                        indegree[y] += 1;
                    }
                }
                None if a.len() > b.len() => return String::new(),
                None => {}
            }
        }
        let mut ready: VecDeque<usize> = letters.iter().cloned().filter(|&c| indegree[c] == 0).collect();
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
        if order.len() == letters.len() { order } else { String::new() }
    }
}
