// Marks the column and both diagonals when placing a queen but never clears
// the marks when backtracking, so squares stay "attacked" by queens that were
// already removed and most arrangements are never found.
impl Solution {
    pub fn solve_n_queens(n: i32) -> Vec<Vec<String>> {
        let n = n as usize;
        let mut res = Vec::new();
        let mut board = vec![vec!['.'; n]; n];
        let mut cols = vec![false; n];
        let mut d1 = vec![false; 2 * n];
        let mut d2 = vec![false; 2 * n];
        Self::dfs(0, n, &mut board, &mut cols, &mut d1, &mut d2, &mut res);
        res
    }

    fn dfs(
        row: usize,
        n: usize,
        board: &mut Vec<Vec<char>>,
        cols: &mut Vec<bool>,
        d1: &mut Vec<bool>,
        d2: &mut Vec<bool>,
        res: &mut Vec<Vec<String>>,
    ) {
        if row == n {
            res.push(board.iter().map(|r| r.iter().collect()).collect());
            return;
        }
        for col in 0..n {
            if cols[col] || d1[row + n - col] || d2[row + col] {
                continue;
            }
            cols[col] = true;
            d1[row + n - col] = true;
            d2[row + col] = true;
            board[row][col] = 'Q';
            Self::dfs(row + 1, n, board, cols, d1, d2, res);
            board[row][col] = '.';
        }
    }
}
