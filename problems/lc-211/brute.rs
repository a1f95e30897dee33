// Keeps every word in a Vec and compares the pattern with each, position by
// position.
struct WordDictionary {
    words: Vec<String>,
}

impl WordDictionary {
    fn new() -> Self {
        WordDictionary { words: Vec::new() }
    }

    fn add_word(&mut self, word: String) {
        self.words.push(word);
    }

    fn search(&self, word: String) -> bool {
        let p = word.as_bytes();
        self.words.iter().any(|w| {
            let w = w.as_bytes();
            w.len() == p.len() && w.iter().zip(p).all(|(&a, &b)| b == b'.' || a == b)
        })
    }
}
