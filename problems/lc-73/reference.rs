impl Solution {
    pub fn set_zeroes(matrix: &mut Vec<Vec<i32>>) {
        // The first row records which columns must be cleared and the first
        // column which rows; `first_col_zero` says whether column 0 itself
        // must be cleared (matrix[0][0] speaks for row 0).
        let m = matrix.len();
        let n = matrix[0].len();
        let mut first_col_zero = false;
        for i in 0..m {
            if matrix[i][0] == 0 {
                first_col_zero = true;
            }
            for j in 1..n {
                if matrix[i][j] == 0 {
                    matrix[i][0] = 0;
                    matrix[0][j] = 0;
                }
            }
        }
        // Clear from the bottom up, so the markers in row 0 are read before
        // row 0 itself is cleared.
        for i in (0..m).rev() {
            for j in 1..n {
                if matrix[i][0] == 0 || matrix[0][j] == 0 {
                    matrix[i][j] = 0;
                }
            }
            if first_col_zero {
                matrix[i][0] = 0;
            }
        }
    }
}
