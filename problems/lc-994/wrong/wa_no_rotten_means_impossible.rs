use std::collections::VecDeque;

impl Solution {
    pub fn oranges_rotting(mut grid: Vec<Vec<i32>>) -> i32 {
        // Returns -1 straight away when no orange is rotten at the start,
        // forgetting that a crate with no fresh orange either needs 0 minutes.
        let (rows, cols) = (grid.len(), grid[0].len());
        let mut queue = VecDeque::new();
        let mut fresh = 0;
        for r in 0..rows {
            for c in 0..cols {
                if grid[r][c] == 2 {
                    queue.push_back((r, c, 0));
                } else if grid[r][c] == 1 {
                    fresh += 1;
                }
            }
        }
        if queue.is_empty() {
            return -1;
        }
        let mut last = 0;
        while let Some((r, c, t)) = queue.pop_front() {
            last = last.max(t);
            let mut visit = |nr: usize, nc: usize, q: &mut VecDeque<(usize, usize, i32)>| {
                if grid[nr][nc] == 1 {
                    grid[nr][nc] = 2;
                    fresh -= 1;
                    q.push_back((nr, nc, t + 1));
                }
            };
            if r > 0 {
                visit(r - 1, c, &mut queue);
            }
            if r + 1 < rows {
                visit(r + 1, c, &mut queue);
            }
            if c > 0 {
                visit(r, c - 1, &mut queue);
            }
            if c + 1 < cols {
                visit(r, c + 1, &mut queue);
            }
        }
        if fresh > 0 { -1 } else { last }
    }
}
