impl Solution {
    pub fn set_zeroes(matrix: &mut Vec<Vec<i32>>) {
        // From the definition: a cell becomes zero exactly when its row or
        // its column holds a zero in the original matrix.
        let original = matrix.clone();
        let m = original.len();
        let n = original[0].len();
        for i in 0..m {
            for j in 0..n {
                let row_has_zero = (0..n).any(|k| original[i][k] == 0);
                let col_has_zero = (0..m).any(|k| original[k][j] == 0);
                if row_has_zero || col_has_zero {
                    matrix[i][j] = 0;
                }
            }
        }
    }
}
