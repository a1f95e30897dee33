use std::collections::VecDeque;

impl Solution {
    pub fn oranges_rotting(mut grid: Vec<Vec<i32>>) -> i32 {
        // Breadth-first search from all the rotten oranges at once; each
        // level of the search is one minute.
        let rows = grid.len();
        let cols = grid[0].len();
        let mut queue = VecDeque::new();
        let mut fresh = 0;
        for r in 0..rows {
            for c in 0..cols {
                match grid[r][c] {
                    2 => queue.push_back((r, c)),
                    1 => fresh += 1,
                    _ => {}
                }
            }
        }
        let mut minutes = 0;
        while fresh > 0 && !queue.is_empty() {
            // Everything in the queue now went bad in the same minute.
            for _ in 0..queue.len() {
                let (r, c) = queue.pop_front().unwrap();
                for (nr, nc) in [(r.wrapping_sub(1), c), (r + 1, c), (r, c.wrapping_sub(1)), (r, c + 1)] {
                    if nr < rows && nc < cols && grid[nr][nc] == 1 {
                        grid[nr][nc] = 2;
                        fresh -= 1;
                        queue.push_back((nr, nc));
                    }
                }
            }
            minutes += 1;
        }
        if fresh == 0 { minutes } else { -1 }
    }
}
