// Checks the 27 units one by one: each row, each column and each box is a
// list of nine cells whose digits must all be different.
impl Solution {
    pub fn is_valid_sudoku(board: Vec<Vec<char>>) -> bool {
        fn unit_ok(board: &[Vec<char>], cells: impl Iterator<Item = (usize, usize)>) -> bool {
            let mut seen = [false; 10];
            for (r, c) in cells {
                if let Some(d) = board[r][c].to_digit(10) {
                    if seen[d as usize] {
                        return false;
                    }
                    seen[d as usize] = true;
                }
            }
            true
        }
        (0..9).all(|i| {
            unit_ok(&board, (0..9).map(|j| (i, j)))
                && unit_ok(&board, (0..9).map(|j| (j, i)))
                && unit_ok(&board, (0..9).map(|j| ((i / 3) * 3 + j / 3, (i % 3) * 3 + j % 3)))
        })
    }
}
