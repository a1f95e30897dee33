// Tracks columns and the diagonals running down to the right (row - col), but
// forgets the ones running down to the left (row + col): boards where two
// queens attack each other along such a diagonal are reported too.
impl Solution {
    pub fn solve_n_queens(n: i32) -> Vec<Vec<String>> {
        let n = n as usize;
        let mut res = Vec::new();
        let mut board = vec![vec!['.'; n]; n];
        let mut cols = vec![false; n];
        let mut diag = vec![false; 2 * n];
        Self::backtrack(0, n, &mut board, &mut cols, &mut diag, &mut res);
        res
    }

    fn backtrack(
        row: usize,
        n: usize,
        board: &mut Vec<Vec<char>>,
        cols: &mut Vec<bool>,
        diag: &mut Vec<bool>,
        res: &mut Vec<Vec<String>>,
    ) {
        if row == n {
            res.push(board.iter().map(|r| r.iter().collect()).collect());
            return;
        }
        for col in 0..n {
            let d = row + n - col;
            if cols[col] || diag[d] {
                continue;
            }
            cols[col] = true;
            diag[d] = true;
            board[row][col] = 'Q';
            Self::backtrack(row + 1, n, board, cols, diag, res);
            board[row][col] = '.';
            cols[col] = false;
            diag[d] = false;
        }
    }
}
