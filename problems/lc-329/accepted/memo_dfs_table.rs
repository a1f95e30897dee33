// The classic solution: a recursive depth-first search from every cell,
// with a memo table of the longest path starting at each cell (0 = not
// computed yet).
impl Solution {
    pub fn longest_increasing_path(matrix: Vec<Vec<i32>>) -> i32 {
        fn longest(matrix: &Vec<Vec<i32>>, memo: &mut Vec<Vec<i32>>, r: usize, c: usize) -> i32 {
            if memo[r][c] > 0 {
                return memo[r][c];
            }
            let v = matrix[r][c];
            let mut best = 1;
            if r > 0 && matrix[r - 1][c] > v {
                best = best.max(1 + longest(matrix, memo, r - 1, c));
            }
            if r + 1 < matrix.len() && matrix[r + 1][c] > v {
                best = best.max(1 + longest(matrix, memo, r + 1, c));
            }
            if c > 0 && matrix[r][c - 1] > v {
                best = best.max(1 + longest(matrix, memo, r, c - 1));
            }
            if c + 1 < matrix[0].len() && matrix[r][c + 1] > v {
                best = best.max(1 + longest(matrix, memo, r, c + 1));
            }
            memo[r][c] = best;
            best
        }
        let mut memo = vec![vec![0; matrix[0].len()]; matrix.len()];
        let mut answer = 0;
        for r in 0..matrix.len() {
            for c in 0..matrix[0].len() {
                answer = answer.max(longest(&matrix, &mut memo, r, c));
            }
        }
        answer
    }
}
