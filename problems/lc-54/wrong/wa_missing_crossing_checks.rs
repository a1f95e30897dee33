impl Solution {
    pub fn spiral_order(matrix: Vec<Vec<i32>>) -> Vec<i32> {
        // Walks all four sides on every lap without checking that the
        // bounds have not crossed: a last single row or column is walked
        // back a second time.
        let m = matrix.len() as i32;
        let n = matrix[0].len() as i32;
        let (mut top, mut bottom, mut left, mut right) = (0i32, m - 1, 0i32, n - 1);
        let mut out = Vec::new();
        while top <= bottom && left <= right {
            for j in left..=right {
                out.push(matrix[top as usize][j as usize]);
            }
            top += 1;
            for i in top..=bottom {
                out.push(matrix[i as usize][right as usize]);
            }
            right -= 1;
            for j in (left..=right).rev() {
                out.push(matrix[bottom as usize][j as usize]);
            }
            bottom -= 1;
            for i in (top..=bottom).rev() {
                out.push(matrix[i as usize][left as usize]);
            }
            left += 1;
        }
        out
    }
}
