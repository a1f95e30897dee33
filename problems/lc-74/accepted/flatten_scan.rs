// The slowest approach LeetCode accepts: copy every cell into one vector
// and scan it. O(m * n) time and memory, ignoring the order entirely.
impl Solution {
    pub fn search_matrix(matrix: Vec<Vec<i32>>, target: i32) -> bool {
        let all: Vec<i32> = matrix.into_iter().flatten().collect();
        all.iter().any(|&x| x == target)
    }
}
