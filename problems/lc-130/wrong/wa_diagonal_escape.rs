impl Solution {
    pub fn solve(board: &mut Vec<Vec<char>>) {
        // Flood fill from the edge that also steps diagonally, so a region
        // touching an edge 'O' only at a corner wrongly escapes.
        let (m, n) = (board.len() as i32, board[0].len() as i32);
        let mut stack = Vec::new();
        for r in 0..m {
            for c in 0..n {
                if (r == 0 || c == 0 || r == m - 1 || c == n - 1) && board[r as usize][c as usize] == 'O' {
                    board[r as usize][c as usize] = 'S';
                    stack.push((r, c));
                }
            }
        }
        while let Some((r, c)) = stack.pop() {
            for dr in -1..=1 {
                for dc in -1..=1 {
                    let (nr, nc) = (r + dr, c + dc);
                    if nr >= 0 && nc >= 0 && nr < m && nc < n && board[nr as usize][nc as usize] == 'O' {
                        board[nr as usize][nc as usize] = 'S';
                        stack.push((nr, nc));
                    }
                }
            }
        }
        for row in board.iter_mut() {
            for cell in row.iter_mut() {
                *cell = if *cell == 'S' { 'O' } else { 'X' };
            }
        }
    }
}
