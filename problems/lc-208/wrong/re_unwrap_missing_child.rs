// Walks lookups with `unwrap`, assuming the path exists: searching for a
// word whose path leaves the trie panics.
#[derive(Default)]
struct Trie {
    children: [Option<Box<Trie>>; 26],
    is_word: bool,
}

impl Trie {
    fn new() -> Self {
        Self::default()
    }

    fn insert(&mut self, word: String) {
        let mut node = self;
        for b in word.bytes() {
            node = node.children[(b - b'a') as usize].get_or_insert_with(Default::default);
        }
        node.is_word = true;
    }

    fn search(&self, word: String) -> bool {
        let mut node = self;
        for b in word.bytes() {
            node = node.children[(b - b'a') as usize].as_deref().unwrap();
        }
        node.is_word
    }

    fn starts_with(&self, prefix: String) -> bool {
        let mut node = self;
        for b in prefix.bytes() {
            node = node.children[(b - b'a') as usize].as_deref().unwrap();
        }
        true
    }
}
