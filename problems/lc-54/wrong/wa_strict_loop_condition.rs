impl Solution {
    pub fn spiral_order(matrix: Vec<Vec<i32>>) -> Vec<i32> {
        // Inclusive bounds but a strict loop condition: when the innermost
        // part is a single row, column or cell, it is never visited.
        let m = matrix.len();
        let n = matrix[0].len();
        let (mut top, mut bottom, mut left, mut right) = (0usize, m - 1, 0usize, n - 1);
        let mut out = Vec::new();
        while top < bottom && left < right {
            for j in left..right {
                out.push(matrix[top][j]);
            }
            for i in top..bottom {
                out.push(matrix[i][right]);
            }
            for j in (left + 1..=right).rev() {
                out.push(matrix[bottom][j]);
            }
            for i in (top + 1..=bottom).rev() {
                out.push(matrix[i][left]);
            }
            top += 1;
            bottom -= 1;
            left += 1;
            right -= 1;
        }
        out
    }
}
