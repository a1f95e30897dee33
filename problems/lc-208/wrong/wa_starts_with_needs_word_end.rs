// Reuses `search` for `starts_with`, so a prefix counts only if it is a
// whole stored word.
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
            match node.children[(b - b'a') as usize].as_deref() {
                Some(child) => node = child,
                None => return false,
            }
        }
        node.is_word
    }

    fn starts_with(&self, prefix: String) -> bool {
        self.search(prefix)
    }
}
