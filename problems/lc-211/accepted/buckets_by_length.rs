// The words grouped by length; a search compares the pattern with every
// word of its length only.
use std::collections::HashMap;

struct WordDictionary {
    by_len: HashMap<usize, Vec<Vec<u8>>>,
}

impl WordDictionary {
    fn new() -> Self {
        WordDictionary { by_len: HashMap::new() }
    }

    fn add_word(&mut self, word: String) {
        self.by_len.entry(word.len()).or_default().push(word.into_bytes());
    }

    fn search(&self, word: String) -> bool {
        let p = word.as_bytes();
        self.by_len.get(&p.len()).is_some_and(|group| {
            group.iter().any(|w| w.iter().zip(p).all(|(&a, &b)| b == b'.' || a == b))
        })
    }
}
