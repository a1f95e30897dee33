// Uses an inclusive upper bound (m * n - 1) with the loop condition of an
// exclusive one (lo < hi): the range stops one cell short, so when the
// search closes in on the last remaining cell it is never compared.
impl Solution {
    pub fn search_matrix(matrix: Vec<Vec<i32>>, target: i32) -> bool {
        let n = matrix[0].len();
        let (mut lo, mut hi) = (0, matrix.len() * n - 1);
        while lo < hi {
            let mid = (lo + hi) / 2;
            let v = matrix[mid / n][mid % n];
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
