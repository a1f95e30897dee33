// Checks rows and columns but forgets the 3x3 boxes.
impl Solution {
    pub fn is_valid_sudoku(board: Vec<Vec<char>>) -> bool {
        let mut rows = [[false; 9]; 9];
        let mut cols = [[false; 9]; 9];
        for r in 0..9 {
            for c in 0..9 {
                if let Some(d) = board[r][c].to_digit(10) {
                    let d = d as usize - 1;
                    if rows[r][d] || cols[c][d] {
                        return false;
                    }
                    rows[r][d] = true;
                    cols[c][d] = true;
                }
            }
        }
        true
    }
}
