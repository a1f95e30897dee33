impl Solution {
    pub fn rotate(matrix: &mut Vec<Vec<i32>>) {
        // Ring rotation with the last index written as `n - layer` instead
        // of `n - 1 - layer`: the first ring reads column n, out of bounds.
        let n = matrix.len();
        for layer in 0..(n + 1) / 2 {
            let first = layer;
            let last = n - layer;
            for k in 0..last - first {
                let top = matrix[first][first + k];
                matrix[first][first + k] = matrix[last - k][first];
                matrix[last - k][first] = matrix[last][last - k];
                matrix[last][last - k] = matrix[first + k][last];
                matrix[first + k][last] = top;
            }
        }
    }
}
