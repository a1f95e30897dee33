// Recursive depth-first search with a separate grid of visited flags; the
// recursion returns the number of cells it reached.
impl Solution {
    pub fn max_area_of_island(grid: Vec<Vec<i32>>) -> i32 {
        fn area(grid: &Vec<Vec<i32>>, seen: &mut Vec<Vec<bool>>, r: usize, c: usize) -> i32 {
            if grid[r][c] == 0 || seen[r][c] {
                return 0;
            }
            seen[r][c] = true;
            let mut total = 1;
            if r > 0 {
                total += area(grid, seen, r - 1, c);
            }
            if r + 1 < grid.len() {
                total += area(grid, seen, r + 1, c);
            }
            if c > 0 {
                total += area(grid, seen, r, c - 1);
            }
            if c + 1 < grid[0].len() {
                total += area(grid, seen, r, c + 1);
            }
            total
        }
        let mut seen = vec![vec![false; grid[0].len()]; grid.len()];
        let mut best = 0;
        for r in 0..grid.len() {
            for c in 0..grid[0].len() {
                best = best.max(area(&grid, &mut seen, r, c));
            }
        }
        best
    }
}
