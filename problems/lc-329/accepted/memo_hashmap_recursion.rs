// Depth-first search with the memo in a HashMap keyed by coordinates
// instead of a table: the same O(m*n) calls, each paying for hashing.
use std::collections::HashMap;

impl Solution {
    pub fn longest_increasing_path(matrix: Vec<Vec<i32>>) -> i32 {
        fn dfs(matrix: &Vec<Vec<i32>>, memo: &mut HashMap<(i32, i32), i32>, r: i32, c: i32) -> i32 {
            if let Some(&known) = memo.get(&(r, c)) {
                return known;
            }
            let (m, n) = (matrix.len() as i32, matrix[0].len() as i32);
            let v = matrix[r as usize][c as usize];
            let mut best = 1;
            for (dr, dc) in [(0, 1), (1, 0), (0, -1), (-1, 0)] {
                let (nr, nc) = (r + dr, c + dc);
                if nr >= 0 && nc >= 0 && nr < m && nc < n && matrix[nr as usize][nc as usize] > v {
                    best = best.max(1 + dfs(matrix, memo, nr, nc));
                }
            }
            memo.insert((r, c), best);
            best
        }
        let mut memo = HashMap::new();
        let mut answer = 0;
        for r in 0..matrix.len() as i32 {
            for c in 0..matrix[0].len() as i32 {
                answer = answer.max(dfs(&matrix, &mut memo, r, c));
            }
        }
        answer
    }
}
