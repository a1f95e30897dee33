use std::collections::HashSet;

impl Solution {
    pub fn ladder_length(begin_word: String, end_word: String, word_list: Vec<String>) -> i32 {
        // Grow two frontiers, one from each end, always expanding the
        // smaller one; the ladder is found when they touch.
        let mut dict: HashSet<Vec<u8>> = word_list.into_iter().map(|w| w.into_bytes()).collect();
        let end = end_word.into_bytes();
        if !dict.remove(&end) {
            return 0;
        }
        let begin = begin_word.into_bytes();
        dict.remove(&begin);
        let mut front: HashSet<Vec<u8>> = HashSet::from([begin]);
        let mut back: HashSet<Vec<u8>> = HashSet::from([end]);
        let mut length = 1;
        while !front.is_empty() && !back.is_empty() {
            if front.len() > back.len() {
                std::mem::swap(&mut front, &mut back);
            }
            length += 1;
            let mut next = HashSet::new();
            for word in &front {
                let mut w = word.clone();
                for i in 0..w.len() {
                    let original = w[i];
                    for c in b'a'..=b'z' {
                        if c == original {
                            continue;
                        }
                        w[i] = c;
                        if back.contains(&w) {
                            return length;
                        }
                        if dict.remove(&w) {
                            next.insert(w.clone());
                        }
                    }
                    w[i] = original;
                }
            }
            front = next;
        }
        0
    }
}
