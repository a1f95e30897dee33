// Checks a neighbour against `<= m` and `<= n` instead of `< m` and `< n`:
// a path that reaches the last row or column steps off the board, and the
// index panics.
impl Solution {
    pub fn find_words(board: Vec<Vec<char>>, words: Vec<String>) -> Vec<String> {
        #[derive(Default)]
        struct Node {
            next: [Option<Box<Node>>; 26],
            word: Option<String>,
        }
        fn walk(board: &mut Vec<Vec<char>>, r: i32, c: i32, node: &mut Node, found: &mut Vec<String>) {
            let (m, n) = (board.len() as i32, board[0].len() as i32);
            if r < 0 || r > m || c < 0 || c > n {
                return;
            }
            let ch = board[r as usize][c as usize];
            if ch == '#' {
                return;
            }
            let Some(child) = node.next[(ch as u8 - b'a') as usize].as_deref_mut() else {
                return;
            };
            if let Some(w) = child.word.take() {
                found.push(w);
            }
            board[r as usize][c as usize] = '#';
            for (dr, dc) in [(-1, 0), (1, 0), (0, -1), (0, 1)] {
                walk(board, r + dr, c + dc, child, found);
            }
            board[r as usize][c as usize] = ch;
        }

        let mut board = board;
        let mut root = Node::default();
        for w in words {
            let mut node = &mut root;
            for b in w.bytes() {
                node = node.next[(b - b'a') as usize].get_or_insert_with(Default::default);
            }
            node.word = Some(w);
        }
        let mut found = Vec::new();
        for r in 0..board.len() as i32 {
            for c in 0..board[0].len() as i32 {
                walk(&mut board, r, c, &mut root, &mut found);
            }
        }
        found
    }
}
