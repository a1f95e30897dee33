impl Solution {
    pub fn longest_increasing_path(matrix: Vec<Vec<i32>>) -> i32 {
        // len[r][c] = the longest increasing path starting at (r, c).
        // Start every cell at 1 and keep applying "1 + the value of a larger
        // neighbour" until no value grows; then take the largest.
        let rows = matrix.len();
        let cols = matrix[0].len();
        let mut len = vec![vec![1i32; cols]; rows];
        let mut changed = true;
        while changed {
            changed = false;
            for r in 0..rows {
                for c in 0..cols {
                    let mut best = len[r][c];
                    let v = matrix[r][c];
                    if r > 0 && matrix[r - 1][c] > v {
                        best = best.max(len[r - 1][c] + 1);
                    }
                    if r + 1 < rows && matrix[r + 1][c] > v {
                        best = best.max(len[r + 1][c] + 1);
                    }
                    if c > 0 && matrix[r][c - 1] > v {
                        best = best.max(len[r][c - 1] + 1);
                    }
                    if c + 1 < cols && matrix[r][c + 1] > v {
                        best = best.max(len[r][c + 1] + 1);
                    }
                    if best > len[r][c] {
                        len[r][c] = best;
                        changed = true;
                    }
                }
            }
        }
        len.iter().flatten().copied().max().unwrap()
    }
}
