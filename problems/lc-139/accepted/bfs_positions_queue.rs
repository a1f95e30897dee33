// Breadth-first over cut positions: from each reached position, every piece
// of length 1..=20 that is a dictionary word leads to a new position, each
// position queued once. Pieces are looked up as owned Strings in a HashSet.
use std::collections::{HashSet, VecDeque};

impl Solution {
    pub fn word_break(s: String, word_dict: Vec<String>) -> bool {
        let n = s.len();
        let dict: HashSet<String> = word_dict.into_iter().collect();
        let mut seen = vec![false; n + 1];
        let mut queue = VecDeque::from([0usize]);
        seen[0] = true;
        while let Some(start) = queue.pop_front() {
            if start == n {
                return true;
            }
            for end in start + 1..=n.min(start + 20) {
                if !seen[end] && dict.contains(&s[start..end]) {
                    seen[end] = true;
                    queue.push_back(end);
                }
            }
        }
        false
    }
}
