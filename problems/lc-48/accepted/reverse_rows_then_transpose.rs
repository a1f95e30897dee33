impl Solution {
    pub fn rotate(matrix: &mut Vec<Vec<i32>>) {
        // The other order of the two mirrors: flip the matrix upside down
        // (reverse the order of the rows), then transpose.
        matrix.reverse();
        let n = matrix.len();
        for i in 0..n {
            for j in 0..i {
                let (upper, lower) = matrix.split_at_mut(i);
                std::mem::swap(&mut upper[j][i], &mut lower[0][j]);
            }
        }
    }
}
