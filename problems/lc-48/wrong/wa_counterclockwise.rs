impl Solution {
    pub fn rotate(matrix: &mut Vec<Vec<i32>>) {
        // Transposes, then flips the rows upside down instead of mirroring
        // each row: that is a counter-clockwise turn.
        let n = matrix.len();
        for i in 0..n {
            for j in i + 1..n {
                let t = matrix[i][j];
                matrix[i][j] = matrix[j][i];
                matrix[j][i] = t;
            }
        }
        matrix.reverse();
    }
}
