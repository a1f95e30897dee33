use std::collections::VecDeque;

impl Solution {
    pub fn ladder_length(begin_word: String, end_word: String, word_list: Vec<String>) -> i32 {
        // BFS that finds neighbours by comparing the current word with every
        // word not yet reached: O(n^2 * L) in all, without any hashing.
        let words: Vec<&[u8]> = word_list.iter().map(|w| w.as_bytes()).collect();
        let mut left: Vec<usize> = (0..words.len()).collect();
        let mut queue: VecDeque<(&[u8], i32)> = VecDeque::from([(begin_word.as_bytes(), 1)]);
        let end = end_word.as_bytes();
        while let Some((word, length)) = queue.pop_front() {
            let mut keep = Vec::with_capacity(left.len());
            for &j in &left {
                let diff = word.iter().zip(words[j]).filter(|(a, b)| a != b).count();
                if diff == 1 {
                    if words[j] == end {
                        return length + 1;
                    }
                    queue.push_back((words[j], length + 1));
                } else {
                    keep.push(j);
                }
            }
            left = keep;
        }
        0
    }
}
