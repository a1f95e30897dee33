impl Solution {
    pub fn swim_in_water(grid: Vec<Vec<i32>>) -> i32 {
        // Correct, but tries every route that does not visit a square twice
        // (backtracking) and keeps the lowest maximum. The number of such
        // routes grows exponentially with the size of the grid.
        fn explore(grid: &Vec<Vec<i32>>, on_route: &mut Vec<Vec<bool>>, r: usize, c: usize, high: i32, best: &mut i32) {
            let n = grid.len();
            let high = high.max(grid[r][c]);
            if r == n - 1 && c == n - 1 {
                *best = (*best).min(high);
                return;
            }
            on_route[r][c] = true;
            for (nr, nc) in [(r + 1, c), (r, c + 1), (r.wrapping_sub(1), c), (r, c.wrapping_sub(1))] {
                if nr < n && nc < n && !on_route[nr][nc] {
                    explore(grid, on_route, nr, nc, high, best);
                }
            }
            on_route[r][c] = false;
        }
        let n = grid.len();
        let mut best = i32::MAX;
        let mut on_route = vec![vec![false; n]; n];
        explore(&grid, &mut on_route, 0, 0, 0, &mut best);
        best
    }
}
