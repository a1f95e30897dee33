// Tries t = 0, 1, 2, ... and floods from the start through squares of
// height at most t, with a fresh visited grid each time, until the target
// is reached. O(n^4) at worst: 2500 floods of 2500 squares at n = 50,
// which LeetCode accepts.
impl Solution {
    pub fn swim_in_water(grid: Vec<Vec<i32>>) -> i32 {
        let n = grid.len();
        let start = grid[0][0].max(grid[n - 1][n - 1]);
        for t in start..(n * n) as i32 {
            let mut seen = vec![vec![false; n]; n];
            let mut stack = vec![(0usize, 0usize)];
            seen[0][0] = true;
            while let Some((r, c)) = stack.pop() {
                if r == n - 1 && c == n - 1 {
                    return t;
                }
                let mut next = Vec::with_capacity(4);
                if r > 0 {
                    next.push((r - 1, c));
                }
                if r + 1 < n {
                    next.push((r + 1, c));
                }
                if c > 0 {
                    next.push((r, c - 1));
                }
                if c + 1 < n {
                    next.push((r, c + 1));
                }
                for (nr, nc) in next {
                    if !seen[nr][nc] && grid[nr][nc] <= t {
                        seen[nr][nc] = true;
                        stack.push((nr, nc));
                    }
                }
            }
        }
        (n * n) as i32 - 1
    }
}
