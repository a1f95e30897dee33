// Breadth-first search from every unvisited land cell; the visited cells
// are kept in a HashSet of coordinates and the grid is not modified.
use std::collections::{HashSet, VecDeque};

impl Solution {
    pub fn max_area_of_island(grid: Vec<Vec<i32>>) -> i32 {
        let rows = grid.len() as i32;
        let cols = grid[0].len() as i32;
        let mut seen: HashSet<(i32, i32)> = HashSet::new();
        let mut best = 0;
        for r in 0..rows {
            for c in 0..cols {
                if grid[r as usize][c as usize] != 1 || seen.contains(&(r, c)) {
                    continue;
                }
                let mut area = 0;
                let mut queue = VecDeque::new();
                seen.insert((r, c));
                queue.push_back((r, c));
                while let Some((r, c)) = queue.pop_front() {
                    area += 1;
                    for (dr, dc) in [(1, 0), (-1, 0), (0, 1), (0, -1)] {
                        let (nr, nc) = (r + dr, c + dc);
                        if nr < 0 || nc < 0 || nr >= rows || nc >= cols {
                            continue;
                        }
                        if grid[nr as usize][nc as usize] == 1 && seen.insert((nr, nc)) {
                            queue.push_back((nr, nc));
                        }
                    }
                }
                best = best.max(area);
            }
        }
        best
    }
}
