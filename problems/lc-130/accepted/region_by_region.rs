// Walks each region of 'O' cells once, collecting its cells and noting
// whether any of them lies on the edge; a region that never touched the
// edge is captured right away.
impl Solution {
    pub fn solve(board: &mut Vec<Vec<char>>) {
        let (m, n) = (board.len(), board[0].len());
        let mut seen = vec![vec![false; n]; m];
        for sr in 0..m {
            for sc in 0..n {
                if board[sr][sc] != 'O' || seen[sr][sc] {
                    continue;
                }
                seen[sr][sc] = true;
                let mut cells = vec![(sr, sc)];
                let mut i = 0;
                let mut touches_edge = false;
                while i < cells.len() {
                    let (r, c) = cells[i];
                    i += 1;
                    if r == 0 || c == 0 || r == m - 1 || c == n - 1 {
                        touches_edge = true;
                    }
                    let mut go = |nr: usize, nc: usize, cells: &mut Vec<(usize, usize)>| {
                        if board[nr][nc] == 'O' && !seen[nr][nc] {
                            seen[nr][nc] = true;
                            cells.push((nr, nc));
                        }
                    };
                    if r > 0 {
                        go(r - 1, c, &mut cells);
                    }
                    if r + 1 < m {
                        go(r + 1, c, &mut cells);
                    }
                    if c > 0 {
                        go(r, c - 1, &mut cells);
                    }
                    if c + 1 < n {
                        go(r, c + 1, &mut cells);
                    }
                }
                if !touches_edge {
                    for (r, c) in cells {
                        board[r][c] = 'X';
                    }
                }
            }
        }
    }
}
