use std::cmp::Reverse;
use std::collections::BinaryHeap;

impl Solution {
    pub fn swim_in_water(grid: Vec<Vec<i32>>) -> i32 {
        // Grow the region reachable from the start one square at a time,
        // always taking the lowest square on its border (a Dijkstra where a
        // route costs its highest square). The highest square taken when
        // the target joins is the answer.
        let n = grid.len();
        let mut seen = vec![vec![false; n]; n];
        let mut heap = BinaryHeap::new();
        heap.push(Reverse((grid[0][0], 0usize, 0usize)));
        seen[0][0] = true;
        let mut level = 0;
        while let Some(Reverse((h, r, c))) = heap.pop() {
            level = level.max(h);
            if r == n - 1 && c == n - 1 {
                break;
            }
            for (nr, nc) in [(r.wrapping_sub(1), c), (r + 1, c), (r, c.wrapping_sub(1)), (r, c + 1)] {
                if nr < n && nc < n && !seen[nr][nc] {
                    seen[nr][nc] = true;
                    heap.push(Reverse((grid[nr][nc], nr, nc)));
                }
            }
        }
        level
    }
}
