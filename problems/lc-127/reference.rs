use std::collections::{HashSet, VecDeque};

impl Solution {
    pub fn ladder_length(begin_word: String, end_word: String, word_list: Vec<String>) -> i32 {
        // Breadth-first search over words. A word's neighbours are made by
        // changing one letter and looking the result up in the set of words
        // not yet visited; a word leaves the set as soon as it is queued.
        let mut unvisited: HashSet<Vec<u8>> = word_list.into_iter().map(String::into_bytes).collect();
        let end = end_word.into_bytes();
        if !unvisited.contains(&end) {
            return 0;
        }
        let mut queue = VecDeque::from([(begin_word.into_bytes(), 1)]);
        while let Some((mut word, length)) = queue.pop_front() {
            for i in 0..word.len() {
                let original = word[i];
                for c in b'a'..=b'z' {
                    if c == original {
                        continue;
                    }
                    word[i] = c;
                    if unvisited.remove(&word) {
                        if word == end {
                            return length + 1;
                        }
                        queue.push_back((word.clone(), length + 1));
                    }
                }
                word[i] = original;
            }
        }
        0
    }
}
