// The slowest approach LeetCode accepts: backtracking on a character board,
// where a square is checked by walking up its column and both diagonals
// (O(n) per check instead of O(1)), and each solution is copied out of the
// board as Strings.
impl Solution {
    pub fn solve_n_queens(n: i32) -> Vec<Vec<String>> {
        let n = n as usize;
        let mut board = vec![vec!['.'; n]; n];
        let mut out = Vec::new();
        Self::solve(0, &mut board, &mut out);
        out
    }

    fn solve(row: usize, board: &mut Vec<Vec<char>>, out: &mut Vec<Vec<String>>) {
        let n = board.len();
        if row == n {
            out.push(board.iter().map(|r| r.iter().collect::<String>()).collect());
            return;
        }
        for col in 0..n {
            if Self::is_safe(board, row, col) {
                board[row][col] = 'Q';
                Self::solve(row + 1, board, out);
                board[row][col] = '.';
            }
        }
    }

    fn is_safe(board: &[Vec<char>], row: usize, col: usize) -> bool {
        let n = board.len();
        for r in 0..row {
            if board[r][col] == 'Q' {
                return false;
            }
        }
        let (mut r, mut c) = (row as i32 - 1, col as i32 - 1);
        while r >= 0 && c >= 0 {
            if board[r as usize][c as usize] == 'Q' {
                return false;
            }
            r -= 1;
            c -= 1;
        }
        let (mut r, mut c) = (row as i32 - 1, col as i32 + 1);
        while r >= 0 && (c as usize) < n {
            if board[r as usize][c as usize] == 'Q' {
                return false;
            }
            r -= 1;
            c += 1;
        }
        true
    }
}
