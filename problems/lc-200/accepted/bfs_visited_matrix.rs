// Breadth-first search with a queue and a separate matrix of visited flags;
// the input grid is left untouched.
use std::collections::VecDeque;

impl Solution {
    pub fn num_islands(grid: Vec<Vec<char>>) -> i32 {
        let m = grid.len();
        let n = grid[0].len();
        let mut seen = vec![vec![false; n]; m];
        let mut queue: VecDeque<(usize, usize)> = VecDeque::new();
        let mut count = 0;
        for i in 0..m {
            for j in 0..n {
                if grid[i][j] == '0' || seen[i][j] {
                    continue;
                }
                count += 1;
                seen[i][j] = true;
                queue.push_back((i, j));
                while let Some((x, y)) = queue.pop_front() {
                    if x > 0 && grid[x - 1][y] == '1' && !seen[x - 1][y] {
                        seen[x - 1][y] = true;
                        queue.push_back((x - 1, y));
                    }
                    if x + 1 < m && grid[x + 1][y] == '1' && !seen[x + 1][y] {
                        seen[x + 1][y] = true;
                        queue.push_back((x + 1, y));
                    }
                    if y > 0 && grid[x][y - 1] == '1' && !seen[x][y - 1] {
                        seen[x][y - 1] = true;
                        queue.push_back((x, y - 1));
                    }
                    if y + 1 < n && grid[x][y + 1] == '1' && !seen[x][y + 1] {
                        seen[x][y + 1] = true;
                        queue.push_back((x, y + 1));
                    }
                }
            }
        }
        count
    }
}
