// The textbook trie of boxed nodes, searched by recursion over the pattern's
// characters (one call per character rather than a loop per letter run).
#[derive(Default)]
struct WordDictionary {
    children: [Option<Box<WordDictionary>>; 26],
    is_word: bool,
}

impl WordDictionary {
    fn new() -> Self {
        Self::default()
    }

    fn add_word(&mut self, word: String) {
        let mut node = self;
        for b in word.bytes() {
            node = node.children[(b - b'a') as usize].get_or_insert_with(Default::default);
        }
        node.is_word = true;
    }

    fn search(&self, word: String) -> bool {
        self.find(word.as_bytes())
    }

    fn find(&self, pattern: &[u8]) -> bool {
        match pattern.split_first() {
            None => self.is_word,
            Some((b'.', rest)) => self.children.iter().flatten().any(|child| child.find(rest)),
            Some((&b, rest)) => self.children[(b - b'a') as usize]
                .as_ref()
                .is_some_and(|child| child.find(rest)),
        }
    }
}
