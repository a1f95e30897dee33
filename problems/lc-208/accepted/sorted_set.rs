// No trie at all: the words in a BTreeSet. A prefix matches some word
// exactly when the first word not smaller than it starts with it, so
// `starts_with` is one range lookup: O(L log n) per call, accepted.
use std::collections::BTreeSet;

struct Trie {
    words: BTreeSet<String>,
}

impl Trie {
    fn new() -> Self {
        Trie { words: BTreeSet::new() }
    }

    fn insert(&mut self, word: String) {
        self.words.insert(word);
    }

    fn search(&self, word: String) -> bool {
        self.words.contains(&word)
    }

    fn starts_with(&self, prefix: String) -> bool {
        self.words
            .range(prefix.clone()..)
            .next()
            .is_some_and(|w| w.starts_with(prefix.as_str()))
    }
}
