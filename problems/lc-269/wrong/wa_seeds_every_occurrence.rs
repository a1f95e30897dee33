// Kahn's algorithm that seeds its queue while scanning the words: a letter
// with no incoming rule is queued once per occurrence, so it appears in the
// answer several times.
use std::collections::{HashMap, HashSet, VecDeque};

impl Solution {
    pub fn alien_order(words: Vec<String>) -> String {
        let mut next: HashMap<char, HashSet<char>> = HashMap::new();
        let mut indegree: HashMap<char, usize> = HashMap::new();
        for w in &words {
            for c in w.chars() {
                indegree.entry(c).or_insert(0);
            }
        }
        for pair in words.windows(2) {
            let (a, b) = (&pair[0], &pair[1]);
            if a.len() > b.len() && a.starts_with(b.as_str()) {
                return String::new();
            }
            if let Some((x, y)) = a.chars().zip(b.chars()).find(|(x, y)| x != y) {
                if next.entry(x).or_default().insert(y) {
                    *indegree.get_mut(&y).unwrap() += 1;
                }
            }
        }
        let mut queue: VecDeque<char> = VecDeque::new();
        for w in &words {
            for c in w.chars() {
                if indegree[&c] == 0 {
                    queue.push_back(c);
                }
            }
        }
        let mut out = String::new();
        while let Some(c) = queue.pop_front() {
            out.push(c);
            if let Some(ds) = next.get(&c) {
                for d in ds {
                    let e = indegree.get_mut(d).unwrap();
                    *e -= 1;
                    if *e == 0 {
                        queue.push_back(*d);
                    }
                }
            }
        }
        if out.len() >= indegree.len() { out } else { String::new() }
    }
}
