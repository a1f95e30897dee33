// `search` only checks that the path exists, like `starts_with`: a prefix
// of a stored word is wrongly reported as a stored word.
struct Trie {
    children: Vec<[u32; 26]>,
    is_word: Vec<bool>,
}

impl Trie {
    fn new() -> Self {
        Trie { children: vec![[0; 26]], is_word: vec![false] }
    }

    fn insert(&mut self, word: String) {
        let mut node = 0;
        for b in word.bytes() {
            let c = (b - b'a') as usize;
            if self.children[node][c] == 0 {
                self.children.push([0; 26]);
                self.is_word.push(false);
                self.children[node][c] = (self.children.len() - 1) as u32;
            }
            node = self.children[node][c] as usize;
        }
        self.is_word[node] = true;
    }

    fn search(&self, word: String) -> bool {
        self.walk(&word).is_some()
    }

    fn starts_with(&self, prefix: String) -> bool {
        self.walk(&prefix).is_some()
    }

    fn walk(&self, s: &str) -> Option<usize> {
        let mut node = 0;
        for b in s.bytes() {
            match self.children[node][(b - b'a') as usize] {
                0 => return None,
                child => node = child as usize,
            }
        }
        Some(node)
    }
}
