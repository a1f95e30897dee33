// Returns as soon as a word is found instead of searching on.
#[derive(Default)]
struct Node {
    next: [Option<Box<Node>>; 26],
    word: Option<String>,
}

impl Solution {
    pub fn find_words(mut board: Vec<Vec<char>>, words: Vec<String>) -> Vec<String> {
        let mut root = Node::default();
        for w in words {
            let mut node = &mut root;
            for b in w.bytes() {
                node = node.next[(b - b'a') as usize].get_or_insert_with(Default::default);
            }
            node.word = Some(w);
        }
        let mut found = Vec::new();
        for r in 0..board.len() {
            for c in 0..board[0].len() {
                Self::walk(&mut board, r, c, &mut root, &mut found);
            }
        }
        found
    }

    fn walk(board: &mut Vec<Vec<char>>, r: usize, c: usize, node: &mut Node, found: &mut Vec<String>) {
        let ch = board[r][c];
        if ch == '#' {
            return;
        }
        let Some(child) = node.next[(ch as u8 - b'a') as usize].as_deref_mut() else {
            return;
        };
        // Mistake: stops at the first word on the path, so a longer word that
        // extends it ("cats" after "cat") is never reached from here.
        if let Some(w) = child.word.take() {
            found.push(w);
            return;
        }
        board[r][c] = '#';
        if r > 0 {
            Self::walk(board, r - 1, c, child, found);
        }
        if r + 1 < board.len() {
            Self::walk(board, r + 1, c, child, found);
        }
        if c > 0 {
            Self::walk(board, r, c - 1, child, found);
        }
        if c + 1 < board[0].len() {
            Self::walk(board, r, c + 1, child, found);
        }
        board[r][c] = ch;
    }
}
