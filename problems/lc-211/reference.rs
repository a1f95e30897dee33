// A trie in a Vec: node 0 is the root, a child slot holds the child's index
// or 0 for none (the root is nobody's child).
struct WordDictionary {
    children: Vec<[u32; 26]>,
    is_word: Vec<bool>,
}

impl WordDictionary {
    fn new() -> Self {
        WordDictionary { children: vec![[0; 26]], is_word: vec![false] }
    }

    fn add_word(&mut self, word: String) {
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
        self.matches(0, word.as_bytes())
    }

    /// Whether some word below `node` matches the rest of the pattern.
    fn matches(&self, mut node: usize, pattern: &[u8]) -> bool {
        for (i, &b) in pattern.iter().enumerate() {
            if b == b'.' {
                // Try every child; the rest of the pattern after the dot.
                return self.children[node]
                    .iter()
                    .any(|&child| child != 0 && self.matches(child as usize, &pattern[i + 1..]));
            }
            match self.children[node][(b - b'a') as usize] {
                0 => return false,
                child => node = child as usize,
            }
        }
        self.is_word[node]
    }
}
