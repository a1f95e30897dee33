impl Solution {
    pub fn solve(board: &mut Vec<Vec<char>>) {
        // Keeps the 'O' cells on the edge and captures every other 'O',
        // forgetting that an inner cell connected to an edge 'O' escapes too.
        let (m, n) = (board.len(), board[0].len());
        for r in 1..m.saturating_sub(1) {
            for c in 1..n.saturating_sub(1) {
                board[r][c] = 'X';
            }
        }
    }
}
