// The common textbook shape: every node owns an array of 26 optional boxed
// children. Walking down uses `get_or_insert_with` for insert and `as_deref`
// for lookups.
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
        self.find(&word).is_some_and(|node| node.is_word)
    }

    fn starts_with(&self, prefix: String) -> bool {
        self.find(&prefix).is_some()
    }

    fn find(&self, s: &str) -> Option<&Trie> {
        s.bytes().try_fold(self, |node, b| node.children[(b - b'a') as usize].as_deref())
    }
}
