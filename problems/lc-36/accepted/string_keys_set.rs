// The slowest approach LeetCode accepts (still constant on a 9x9 board):
// one HashSet of formatted strings such as "5 in row 0", "5 in col 3" and
// "5 in box 0-1", three allocations per filled cell.
use std::collections::HashSet;

impl Solution {
    pub fn is_valid_sudoku(board: Vec<Vec<char>>) -> bool {
        let mut seen: HashSet<String> = HashSet::new();
        for (r, row) in board.iter().enumerate() {
            for (c, &ch) in row.iter().enumerate() {
                if ch == '.' {
                    continue;
                }
                let keys = [
                    format!("{ch} in row {r}"),
                    format!("{ch} in col {c}"),
                    format!("{ch} in box {}-{}", r / 3, c / 3),
                ];
                for key in keys {
                    if !seen.insert(key) {
                        return false;
                    }
                }
            }
        }
        true
    }
}
