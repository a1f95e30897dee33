impl Solution {
    pub fn spiral_order(matrix: Vec<Vec<i32>>) -> Vec<i32> {
        // Take the top row, then turn what is left a quarter counter-clockwise
        // so that its next side to walk becomes the top row; repeat. Builds a
        // new matrix on every step: the slowest approach, still accepted.
        let mut out = Vec::new();
        let mut rest = matrix;
        while !rest.is_empty() {
            out.extend_from_slice(&rest[0]);
            let below: Vec<Vec<i32>> = rest[1..].to_vec();
            if below.is_empty() || below[0].is_empty() {
                break;
            }
            let cols = below[0].len();
            rest = (0..cols)
                .rev()
                .map(|j| below.iter().map(|row| row[j]).collect())
                .collect();
        }
        out
    }
}
