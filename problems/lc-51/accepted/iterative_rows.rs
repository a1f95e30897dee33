// Backtracking without recursion: cols[r] is the column tried in row r, and
// the loop either advances to the next safe column in the current row, goes
// down a row after placing a queen, or goes back up when a row is exhausted.
impl Solution {
    pub fn solve_n_queens(n: i32) -> Vec<Vec<String>> {
        let n = n as usize;
        let mut cols: Vec<usize> = vec![0; n];
        let mut out = Vec::new();
        let mut row = 0usize;
        cols[0] = 0;
        loop {
            // Find the first safe column >= cols[row] in this row.
            while cols[row] < n {
                let c = cols[row];
                let clash = (0..row).any(|r| cols[r] == c || cols[r].abs_diff(c) == row - r);
                if !clash {
                    break;
                }
                cols[row] += 1;
            }
            if cols[row] < n {
                if row + 1 == n {
                    let board: Vec<String> = cols
                        .iter()
                        .map(|&c| {
                            let mut s = ".".repeat(n);
                            s.replace_range(c..c + 1, "Q");
                            s
                        })
                        .collect();
                    out.push(board);
                    cols[row] += 1;
                } else {
                    row += 1;
                    cols[row] = 0;
                }
            } else {
                if row == 0 {
                    return out;
                }
                row -= 1;
                cols[row] += 1;
            }
        }
    }
}
