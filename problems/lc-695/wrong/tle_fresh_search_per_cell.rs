use std::collections::{HashSet, VecDeque};

impl Solution {
    pub fn max_area_of_island(grid: Vec<Vec<i32>>) -> i32 {
        // Correct, but measures the island of every land cell with its own
        // search and its own visited set, so an island of k cells is walked
        // k times: O((m*n)^2) on a grid that is all land.
        let rows = grid.len() as i32;
        let cols = grid[0].len() as i32;
        let mut best = 0;
        for r in 0..rows {
            for c in 0..cols {
                if grid[r as usize][c as usize] != 1 {
                    continue;
                }
                let mut seen = HashSet::new();
                let mut queue = VecDeque::new();
                seen.insert((r, c));
                queue.push_back((r, c));
                while let Some((r, c)) = queue.pop_front() {
                    for (dr, dc) in [(1, 0), (-1, 0), (0, 1), (0, -1)] {
                        let (nr, nc) = (r + dr, c + dc);
                        if nr >= 0 && nc >= 0 && nr < rows && nc < cols
                            && grid[nr as usize][nc as usize] == 1
                            && seen.insert((nr, nc))
                        {
                            queue.push_back((nr, nc));
                        }
                    }
                }
                best = best.max(seen.len() as i32);
            }
        }
        best
    }
}
