impl Solution {
    pub fn rotate(matrix: &mut Vec<Vec<i32>>) {
        // Straight from the definition: the cell at (i, j) moves to
        // (j, n - 1 - i). Build the result separately, then copy it back.
        let n = matrix.len();
        let mut out = vec![vec![0; n]; n];
        for i in 0..n {
            for j in 0..n {
                out[j][n - 1 - i] = matrix[i][j];
            }
        }
        *matrix = out;
    }
}
