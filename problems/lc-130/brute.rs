impl Solution {
    pub fn solve(board: &mut Vec<Vec<char>>) {
        // safe[r][c]: this 'O' is connected to the edge. Edge 'O' cells are
        // safe; repeat passes making every 'O' next to a safe cell safe,
        // until a pass changes nothing. Then capture the 'O' cells that are
        // not safe.
        let rows = board.len();
        let cols = board[0].len();
        let mut safe = vec![vec![false; cols]; rows];
        for r in 0..rows {
            for c in 0..cols {
                if board[r][c] == 'O' && (r == 0 || c == 0 || r == rows - 1 || c == cols - 1) {
                    safe[r][c] = true;
                }
            }
        }
        let mut changed = true;
        while changed {
            changed = false;
            for r in 0..rows {
                for c in 0..cols {
                    if board[r][c] != 'O' || safe[r][c] {
                        continue;
                    }
                    let near = (r > 0 && safe[r - 1][c])
                        || (r + 1 < rows && safe[r + 1][c])
                        || (c > 0 && safe[r][c - 1])
                        || (c + 1 < cols && safe[r][c + 1]);
                    if near {
                        safe[r][c] = true;
                        changed = true;
                    }
                }
            }
        }
        for r in 0..rows {
            for c in 0..cols {
                if board[r][c] == 'O' && !safe[r][c] {
                    board[r][c] = 'X';
                }
            }
        }
    }
}
