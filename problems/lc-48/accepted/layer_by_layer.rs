impl Solution {
    pub fn rotate(matrix: &mut Vec<Vec<i32>>) {
        // Rotate ring by ring from the outside in; each step moves four
        // cells, one from each side of the ring, around by one quarter.
        let n = matrix.len();
        for layer in 0..n / 2 {
            let first = layer;
            let last = n - 1 - layer;
            for k in 0..last - first {
                let top = matrix[first][first + k];
                // left -> top
                matrix[first][first + k] = matrix[last - k][first];
                // bottom -> left
                matrix[last - k][first] = matrix[last][last - k];
                // right -> bottom
                matrix[last][last - k] = matrix[first + k][last];
                // top -> right
                matrix[first + k][last] = top;
            }
        }
    }
}
