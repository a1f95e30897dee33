// Bottom-up: sort the cells by value, largest first. When a cell is
// handled, all its larger neighbours are already final, so its longest path
// is 1 + the best of theirs. O(m*n log(m*n)) for the sort.
impl Solution {
    pub fn longest_increasing_path(matrix: Vec<Vec<i32>>) -> i32 {
        let (m, n) = (matrix.len(), matrix[0].len());
        let mut cells: Vec<(i32, usize, usize)> = Vec::with_capacity(m * n);
        for r in 0..m {
            for c in 0..n {
                cells.push((matrix[r][c], r, c));
            }
        }
        cells.sort_unstable_by(|a, b| b.0.cmp(&a.0));
        let mut best = vec![vec![1i32; n]; m];
        let mut answer = 1;
        for (v, r, c) in cells {
            let mut here = 1;
            if r > 0 && matrix[r - 1][c] > v {
                here = here.max(best[r - 1][c] + 1);
            }
            if r + 1 < m && matrix[r + 1][c] > v {
                here = here.max(best[r + 1][c] + 1);
            }
            if c > 0 && matrix[r][c - 1] > v {
                here = here.max(best[r][c - 1] + 1);
            }
            if c + 1 < n && matrix[r][c + 1] > v {
                here = here.max(best[r][c + 1] + 1);
            }
            best[r][c] = here;
            answer = answer.max(here);
        }
        answer
    }
}
