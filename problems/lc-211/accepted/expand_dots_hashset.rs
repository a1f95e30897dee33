// No trie: a HashSet of the words. A pattern with dots is expanded into
// every concrete word it stands for (at most 26 * 26 of them) and each is
// looked up. Keeps `&self` with a RefCell. Heavy constant: up to 676 string
// builds and hashes per search, still accepted.
use std::cell::RefCell;
use std::collections::HashSet;

struct WordDictionary {
    words: RefCell<HashSet<Vec<u8>>>,
}

impl WordDictionary {
    fn new() -> Self {
        WordDictionary { words: RefCell::new(HashSet::new()) }
    }

    fn add_word(&self, word: String) {
        self.words.borrow_mut().insert(word.into_bytes());
    }

    fn search(&self, word: String) -> bool {
        let words = self.words.borrow();
        let mut candidate = word.into_bytes();
        Self::expand(&words, &mut candidate, 0)
    }

    /// Fills the dots from position `from` on, in every way, and looks up each result.
    fn expand(words: &HashSet<Vec<u8>>, candidate: &mut Vec<u8>, from: usize) -> bool {
        match candidate[from..].iter().position(|&b| b == b'.') {
            None => words.contains(candidate),
            Some(offset) => {
                let at = from + offset;
                let found = (b'a'..=b'z').any(|letter| {
                    candidate[at] = letter;
                    Self::expand(words, candidate, at + 1)
                });
                candidate[at] = b'.';
                found
            }
        }
    }
}
