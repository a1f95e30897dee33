impl Solution {
    pub fn set_zeroes(matrix: &mut Vec<Vec<i32>>) {
        // Two boolean vectors, filled with iterator chains.
        let n = matrix[0].len();
        let zero_rows: Vec<bool> = matrix.iter().map(|row| row.contains(&0)).collect();
        let zero_cols: Vec<bool> = (0..n).map(|j| matrix.iter().any(|row| row[j] == 0)).collect();
        for (row, &clear_row) in matrix.iter_mut().zip(&zero_rows) {
            if clear_row {
                row.fill(0);
            } else {
                for (v, &clear_col) in row.iter_mut().zip(&zero_cols) {
                    if clear_col {
                        *v = 0;
                    }
                }
            }
        }
    }
}
