impl Solution {
    pub fn search_matrix(matrix: Vec<Vec<i32>>, target: i32) -> bool {
        let cols = matrix[0].len();
        // Binary search over the cells read row by row, a sorted list of
        // m * n numbers; position k is matrix[k / cols][k % cols].
        let (mut lo, mut hi) = (0, matrix.len() * cols);
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            let value = matrix[mid / cols][mid % cols];
            if value == target {
                return true;
            } else if value < target {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        false
    }
}
