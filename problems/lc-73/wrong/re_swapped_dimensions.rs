impl Solution {
    pub fn set_zeroes(matrix: &mut Vec<Vec<i32>>) {
        // Mixes up the two dimensions: takes the row count from the length
        // of a row. On a wide matrix it indexes rows that do not exist.
        let m = matrix[0].len();
        let n = matrix.len();
        let mut rows = vec![false; m];
        let mut cols = vec![false; n];
        for i in 0..m {
            for j in 0..n {
                if matrix[i][j] == 0 {
                    rows[i] = true;
                    cols[j] = true;
                }
            }
        }
        for i in 0..m {
            for j in 0..n {
                if rows[i] || cols[j] {
                    matrix[i][j] = 0;
                }
            }
        }
    }
}
