impl Solution {
    pub fn search_matrix(matrix: Vec<Vec<i32>>, target: i32) -> bool {
        // Look at every cell.
        for row in &matrix {
            for &x in row {
                if x == target {
                    return true;
                }
            }
        }
        false
    }
}
