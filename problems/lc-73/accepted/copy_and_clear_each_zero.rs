impl Solution {
    pub fn set_zeroes(matrix: &mut Vec<Vec<i32>>) {
        // The slowest approach LeetCode accepts: scan a copy of the matrix
        // and, for every zero in it, clear its whole row and column in the
        // real matrix. O(m*n*(m + n)) when the matrix is full of zeros.
        let original = matrix.clone();
        let m = original.len();
        let n = original[0].len();
        for i in 0..m {
            for j in 0..n {
                if original[i][j] == 0 {
                    for k in 0..n {
                        matrix[i][k] = 0;
                    }
                    for k in 0..m {
                        matrix[k][j] = 0;
                    }
                }
            }
        }
    }
}
