impl Solution {
    pub fn solve(board: &mut Vec<Vec<char>>) {
        // Everything an edge 'O' can reach survives; mark it '#' with a
        // flood fill from the edges, then capture the rest.
        let rows = board.len();
        let cols = board[0].len();
        let mut stack: Vec<(usize, usize)> = Vec::new();
        for r in 0..rows {
            for c in 0..cols {
                let on_edge = r == 0 || c == 0 || r == rows - 1 || c == cols - 1;
                if on_edge && board[r][c] == 'O' {
                    board[r][c] = '#';
                    stack.push((r, c));
                }
            }
        }
        while let Some((r, c)) = stack.pop() {
            for (nr, nc) in [(r.wrapping_sub(1), c), (r + 1, c), (r, c.wrapping_sub(1)), (r, c + 1)] {
                if nr < rows && nc < cols && board[nr][nc] == 'O' {
                    board[nr][nc] = '#';
                    stack.push((nr, nc));
                }
            }
        }
        for row in board.iter_mut() {
            for cell in row.iter_mut() {
                *cell = if *cell == '#' { 'O' } else { 'X' };
            }
        }
    }
}
