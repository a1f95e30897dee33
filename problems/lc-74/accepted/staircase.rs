// Staircase search from the top-right corner: a cell larger than the target
// rules out the rest of its column (step left), a smaller one the rest of
// its row (step down). O(m + n); it only needs sorted rows and columns.
impl Solution {
    pub fn search_matrix(matrix: Vec<Vec<i32>>, target: i32) -> bool {
        let (mut r, mut c) = (0usize, matrix[0].len());
        while r < matrix.len() && c > 0 {
            let v = matrix[r][c - 1];
            if v == target {
                return true;
            }
            if v > target {
                c -= 1;
            } else {
                r += 1;
            }
        }
        false
    }
}
