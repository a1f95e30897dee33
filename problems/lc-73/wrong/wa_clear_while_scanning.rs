impl Solution {
    pub fn set_zeroes(matrix: &mut Vec<Vec<i32>>) {
        // Clears a row and a column as soon as it meets a zero, in the same
        // pass that looks for zeros: the zeros it wrote are then taken for
        // original ones and clear their own rows and columns.
        let m = matrix.len();
        let n = matrix[0].len();
        for i in 0..m {
            for j in 0..n {
                if matrix[i][j] == 0 {
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
