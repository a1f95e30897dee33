// The slowest accepted approach: no index at all. Every word is kept as a
// Vec<char>, and a search compares the pattern with each stored word in turn.
// O(n * L) per search; at 10^4 calls this is no slower than what the dots
// can cost a trie (26 * 26 branches per search), so it is accepted.
struct WordDictionary {
    words: Vec<Vec<char>>,
}

impl WordDictionary {
    fn new() -> Self {
        WordDictionary { words: Vec::new() }
    }

    fn add_word(&mut self, word: String) {
        self.words.push(word.chars().collect());
    }

    fn search(&self, word: String) -> bool {
        let pattern: Vec<char> = word.chars().collect();
        self.words.iter().any(|w| {
            w.len() == pattern.len() && w.iter().zip(&pattern).all(|(&a, &p)| p == '.' || a == p)
        })
    }
}
