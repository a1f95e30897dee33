impl Solution {
    pub fn is_valid_sudoku(board: Vec<Vec<char>>) -> bool {
        // Compare every pair of filled cells: the same digit in the same
        // row, column or box breaks a rule.
        let cells: Vec<(usize, usize, char)> = (0..81)
            .map(|i| (i / 9, i % 9, board[i / 9][i % 9]))
            .filter(|&(_, _, ch)| ch != '.')
            .collect();
        for (i, &(r1, c1, d1)) in cells.iter().enumerate() {
            for &(r2, c2, d2) in &cells[i + 1..] {
                let same_box = r1 / 3 == r2 / 3 && c1 / 3 == c2 / 3;
                if d1 == d2 && (r1 == r2 || c1 == c2 || same_box) {
                    return false;
                }
            }
        }
        true
    }
}
