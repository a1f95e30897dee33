// Kahn's algorithm over a HashMap graph, with the letters taken in the order
// they first appear in the words and the available letters kept on a stack:
// another valid order than the alphabetical queue's.
use std::collections::{HashMap, HashSet};

impl Solution {
    pub fn alien_order(words: Vec<String>) -> String {
        let mut seen_order: Vec<char> = Vec::new();
        let mut indegree: HashMap<char, usize> = HashMap::new();
        for w in &words {
            for c in w.chars() {
                if !indegree.contains_key(&c) {
                    indegree.insert(c, 0);
                    seen_order.push(c);
                }
            }
        }
        let mut next: HashMap<char, HashSet<char>> = HashMap::new();
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
        let mut stack: Vec<char> = seen_order.iter().rev().filter(|c| indegree[*c] == 0).cloned().collect();
        let mut out = String::new();
        while let Some(c) = stack.pop() {
            out.push(c);
            if let Some(ds) = next.get(&c) {
                let mut ds: Vec<char> = ds.iter().cloned().collect();
                ds.sort();
                for d in ds {
                    let e = indegree.get_mut(&d).unwrap();
                    *e -= 1;
                    if *e == 0 {
                        stack.push(d);
                    }
                }
            }
        }
        if out.len() == seen_order.len() { out } else { String::new() }
    }
}
