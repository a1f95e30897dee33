impl Solution {
    pub fn longest_increasing_path(matrix: Vec<Vec<i32>>) -> i32 {
        // A grid DP in reading order, as for counting paths: each cell
        // extends the path ending at its upper or left neighbour. Paths that
        // go up or left at some point are never found.
        let (m, n) = (matrix.len(), matrix[0].len());
        let mut end = vec![vec![1i32; n]; m];
        let mut answer = 1;
        for r in 0..m {
            for c in 0..n {
                if r > 0 && matrix[r - 1][c] < matrix[r][c] {
                    end[r][c] = end[r][c].max(end[r - 1][c] + 1);
                }
                if c > 0 && matrix[r][c - 1] < matrix[r][c] {
                    end[r][c] = end[r][c].max(end[r][c - 1] + 1);
                }
                answer = answer.max(end[r][c]);
            }
        }
        answer
    }
}
