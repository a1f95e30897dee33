impl Solution {
    pub fn longest_increasing_path(matrix: Vec<Vec<i32>>) -> i32 {
        // Correct, but recomputes the longest path from a cell every time
        // some path reaches it. When values grow along rows and columns the
        // number of increasing paths is exponential.
        fn longest(matrix: &Vec<Vec<i32>>, r: usize, c: usize) -> i32 {
            let v = matrix[r][c];
            let mut best = 1;
            if r > 0 && matrix[r - 1][c] > v {
                best = best.max(1 + longest(matrix, r - 1, c));
            }
            if r + 1 < matrix.len() && matrix[r + 1][c] > v {
                best = best.max(1 + longest(matrix, r + 1, c));
            }
            if c > 0 && matrix[r][c - 1] > v {
                best = best.max(1 + longest(matrix, r, c - 1));
            }
            if c + 1 < matrix[0].len() && matrix[r][c + 1] > v {
                best = best.max(1 + longest(matrix, r, c + 1));
            }
            best
        }
        let mut answer = 0;
        for r in 0..matrix.len() {
            for c in 0..matrix[0].len() {
                answer = answer.max(longest(&matrix, r, c));
            }
        }
        answer
    }
}
