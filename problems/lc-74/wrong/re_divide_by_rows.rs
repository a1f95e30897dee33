// Maps a position k of the flattened matrix to a cell with the number of
// rows (k / m, k % m) instead of the number of columns: on a matrix wider
// than it is tall the row index runs past the last row.
impl Solution {
    pub fn search_matrix(matrix: Vec<Vec<i32>>, target: i32) -> bool {
        let m = matrix.len();
        let n = matrix[0].len();
        let (mut lo, mut hi) = (0, m * n);
        while lo < hi {
            let mid = (lo + hi) / 2;
            let v = matrix[mid / m][mid % m];
            if v == target {
                return true;
            } else if v < target {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        false
    }
}
