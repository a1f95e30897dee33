impl Solution {
    pub fn solve(board: &mut Vec<Vec<char>>) {
        // Walks the four edges by hand, but the bottom edge is written as
        // row m instead of m - 1: index out of bounds.
        let (m, n) = (board.len(), board[0].len());
        fn mark(board: &mut Vec<Vec<char>>, r: i32, c: i32) {
            if r < 0 || c < 0 || r >= board.len() as i32 || c >= board[0].len() as i32 {
                return;
            }
            if board[r as usize][c as usize] != 'O' {
                return;
            }
            board[r as usize][c as usize] = 'S';
            mark(board, r + 1, c);
            mark(board, r - 1, c);
            mark(board, r, c + 1);
            mark(board, r, c - 1);
        }
        for c in 0..n {
            if board[0][c] == 'O' {
                mark(board, 0, c as i32);
            }
            if board[m][c] == 'O' {
                mark(board, m as i32, c as i32);
            }
        }
        for r in 0..m {
            mark(board, r as i32, 0);
            mark(board, r as i32, n as i32 - 1);
        }
        for row in board.iter_mut() {
            for cell in row.iter_mut() {
                *cell = if *cell == 'S' { 'O' } else { 'X' };
            }
        }
    }
}
