// Two binary searches: the row is the first one whose last number is at
// least the target; then search inside it.
impl Solution {
    pub fn search_matrix(matrix: Vec<Vec<i32>>, target: i32) -> bool {
        let r = matrix.partition_point(|row| *row.last().unwrap() < target);
        r < matrix.len() && matrix[r].binary_search(&target).is_ok()
    }
}
