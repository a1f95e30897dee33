impl Solution {
    pub fn oranges_rotting(grid: Vec<Vec<i32>>) -> i32 {
        // Finds each orange's rotting minute as the shortest path from any
        // rotten orange by trying every path: a backtracking search that
        // marks cells on the current path only. Correct, but the number of
        // paths through a crate full of oranges grows exponentially.
        fn walk(grid: &Vec<Vec<i32>>, on_path: &mut Vec<Vec<bool>>, best: &mut Vec<Vec<i32>>, r: usize, c: usize, t: i32) {
            best[r][c] = best[r][c].min(t);
            on_path[r][c] = true;
            let (rows, cols) = (grid.len(), grid[0].len());
            let mut next = Vec::new();
            if r > 0 {
                next.push((r - 1, c));
            }
            if r + 1 < rows {
                next.push((r + 1, c));
            }
            if c > 0 {
                next.push((r, c - 1));
            }
            if c + 1 < cols {
                next.push((r, c + 1));
            }
            for (nr, nc) in next {
                if grid[nr][nc] == 1 && !on_path[nr][nc] {
                    walk(grid, on_path, best, nr, nc, t + 1);
                }
            }
            on_path[r][c] = false;
        }
        let (rows, cols) = (grid.len(), grid[0].len());
        let mut best = vec![vec![i32::MAX; cols]; rows];
        let mut on_path = vec![vec![false; cols]; rows];
        for r in 0..rows {
            for c in 0..cols {
                if grid[r][c] == 2 {
                    walk(&grid, &mut on_path, &mut best, r, c, 0);
                }
            }
        }
        let mut answer = 0;
        for r in 0..rows {
            for c in 0..cols {
                if grid[r][c] == 1 {
                    if best[r][c] == i32::MAX {
                        return -1;
                    }
                    answer = answer.max(best[r][c]);
                }
            }
        }
        answer
    }
}
