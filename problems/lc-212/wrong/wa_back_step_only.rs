// Only forbids stepping straight back to the previous cell, instead of
// avoiding every cell already on the path: a path can go round a 2 x 2 block
// and reuse its first cell.
#[derive(Default)]
struct Node {
    next: [Option<Box<Node>>; 26],
    word: Option<String>,
}

impl Solution {
    pub fn find_words(board: Vec<Vec<char>>, words: Vec<String>) -> Vec<String> {
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
                Self::walk(&board, (r, c), None, &mut root, &mut found);
            }
        }
        found
    }

    fn walk(
        board: &[Vec<char>],
        (r, c): (usize, usize),
        from: Option<(usize, usize)>,
        node: &mut Node,
        found: &mut Vec<String>,
    ) {
        let ch = board[r][c];
        let Some(child) = node.next[(ch as u8 - b'a') as usize].as_deref_mut() else {
            return;
        };
        if let Some(w) = child.word.take() {
            found.push(w);
        }
        let mut next = Vec::with_capacity(4);
        if r > 0 {
            next.push((r - 1, c));
        }
        if r + 1 < board.len() {
            next.push((r + 1, c));
        }
        if c > 0 {
            next.push((r, c - 1));
        }
        if c + 1 < board[0].len() {
            next.push((r, c + 1));
        }
        for cell in next {
            if Some(cell) != from {
                Self::walk(board, cell, Some((r, c)), child, found);
            }
        }
    }
}
