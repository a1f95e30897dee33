// A trie of the words in flat vectors, and one depth-first search over the
// board that follows trie edges. Found words are taken out of the trie, and
// branches left without words are cut off, so dead parts are not walked again.
struct Search {
    grid: Vec<Vec<u8>>,
    children: Vec<[u32; 26]>,
    // The index (into `words`) of the word ending at each node, if any.
    word_at: Vec<Option<usize>>,
    found: Vec<usize>,
}

impl Search {
    fn dfs(&mut self, r: usize, c: usize, parent: usize) {
        let letter = self.grid[r][c];
        if letter == 0 {
            return; // on the current path
        }
        let slot = (letter - b'a') as usize;
        let node = self.children[parent][slot] as usize;
        if node == 0 {
            return;
        }
        if let Some(w) = self.word_at[node].take() {
            self.found.push(w);
        }
        self.grid[r][c] = 0;
        let (m, n) = (self.grid.len(), self.grid[0].len());
        if r > 0 {
            self.dfs(r - 1, c, node);
        }
        if r + 1 < m {
            self.dfs(r + 1, c, node);
        }
        if c > 0 {
            self.dfs(r, c - 1, node);
        }
        if c + 1 < n {
            self.dfs(r, c + 1, node);
        }
        self.grid[r][c] = letter;
        // Nothing left to find below this node: unlink it.
        if self.word_at[node].is_none() && self.children[node].iter().all(|&x| x == 0) {
            self.children[parent][slot] = 0;
        }
    }
}

impl Solution {
    pub fn find_words(board: Vec<Vec<char>>, words: Vec<String>) -> Vec<String> {
        let mut s = Search {
            grid: board.iter().map(|row| row.iter().map(|&c| c as u8).collect()).collect(),
            children: vec![[0; 26]],
            word_at: vec![None],
            found: Vec::new(),
        };
        for (i, w) in words.iter().enumerate() {
            let mut node = 0;
            for b in w.bytes() {
                let slot = (b - b'a') as usize;
                if s.children[node][slot] == 0 {
                    s.children.push([0; 26]);
                    s.word_at.push(None);
                    s.children[node][slot] = (s.children.len() - 1) as u32;
                }
                node = s.children[node][slot] as usize;
            }
            s.word_at[node] = Some(i);
        }
        let (m, n) = (s.grid.len(), s.grid[0].len());
        for r in 0..m {
            for c in 0..n {
                s.dfs(r, c, 0);
            }
        }
        let mut words = words;
        s.found.iter().map(|&i| std::mem::take(&mut words[i])).collect()
    }
}
