use std::collections::{HashMap, VecDeque};

impl Solution {
    pub fn ladder_length(begin_word: String, end_word: String, word_list: Vec<String>) -> i32 {
        // Group words by their patterns with one letter blanked out
        // ("h*t"): words sharing a pattern are one step apart.
        let l = begin_word.len();
        let mut buckets: HashMap<String, Vec<String>> = HashMap::new();
        for w in &word_list {
            for i in 0..l {
                let key = format!("{}*{}", &w[..i], &w[i + 1..]);
                buckets.entry(key).or_default().push(w.clone());
            }
        }
        if !word_list.contains(&end_word) {
            return 0;
        }
        let mut dist: HashMap<String, i32> = HashMap::new();
        dist.insert(begin_word.clone(), 1);
        let mut queue = VecDeque::from([begin_word]);
        while let Some(w) = queue.pop_front() {
            let d = dist[&w];
            if w == end_word {
                return d;
            }
            for i in 0..l {
                let key = format!("{}*{}", &w[..i], &w[i + 1..]);
                if let Some(next) = buckets.remove(&key) {
                    for v in next {
                        if !dist.contains_key(&v) {
                            dist.insert(v.clone(), d + 1);
                            queue.push_back(v);
                        }
                    }
                }
            }
        }
        0
    }
}
