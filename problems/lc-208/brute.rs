// Keeps the inserted words in a Vec and compares against every one of them.
struct Trie {
    words: Vec<String>,
}

impl Trie {
    fn new() -> Self {
        Trie { words: Vec::new() }
    }

    fn insert(&mut self, word: String) {
        self.words.push(word);
    }

    fn search(&self, word: String) -> bool {
        self.words.iter().any(|w| *w == word)
    }

    fn starts_with(&self, prefix: String) -> bool {
        self.words.iter().any(|w| w.starts_with(prefix.as_str()))
    }
}
