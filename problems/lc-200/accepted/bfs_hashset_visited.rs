// Breadth-first search from every unvisited land cell, with the visited
// cells kept in a HashSet of coordinates instead of a grid of flags.
use std::collections::{HashSet, VecDeque};

impl Solution {
    pub fn num_islands(grid: Vec<Vec<char>>) -> i32 {
        let rows = grid.len() as i32;
        let cols = grid[0].len() as i32;
        let mut visited: HashSet<(i32, i32)> = HashSet::new();
        let mut islands = 0;
        for r in 0..rows {
            for c in 0..cols {
                if grid[r as usize][c as usize] != '1' || visited.contains(&(r, c)) {
                    continue;
                }
                islands += 1;
                let mut queue = VecDeque::new();
                visited.insert((r, c));
                queue.push_back((r, c));
                while let Some((r, c)) = queue.pop_front() {
                    for (dr, dc) in [(-1, 0), (1, 0), (0, -1), (0, 1)] {
                        let (nr, nc) = (r + dr, c + dc);
                        if nr < 0 || nc < 0 || nr >= rows || nc >= cols {
                            continue;
                        }
                        if grid[nr as usize][nc as usize] == '1' && visited.insert((nr, nc)) {
                            queue.push_back((nr, nc));
                        }
                    }
                }
            }
        }
        islands
    }
}
