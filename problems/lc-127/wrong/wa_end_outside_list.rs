use std::collections::{HashSet, VecDeque};

impl Solution {
    pub fn ladder_length(begin_word: String, end_word: String, word_list: Vec<String>) -> i32 {
        // Checks a candidate against endWord before checking that it is in
        // the dictionary: a ladder may then end on a word that is not there.
        let mut unvisited: HashSet<Vec<u8>> = word_list.into_iter().map(String::into_bytes).collect();
        let end = end_word.into_bytes();
        let mut queue = VecDeque::from([(begin_word.into_bytes(), 1)]);
        while let Some((mut word, length)) = queue.pop_front() {
            for i in 0..word.len() {
                let original = word[i];
                for c in b'a'..=b'z' {
                    word[i] = c;
                    if word == end {
                        return length + 1;
                    }
                    if unvisited.remove(&word) {
                        queue.push_back((word.clone(), length + 1));
                    }
                }
                word[i] = original;
            }
        }
        0
    }
}
