impl Solution {
    pub fn pacific_atlantic(heights: Vec<Vec<i32>>) -> Vec<Vec<i32>> {
        let m = heights.len();
        let n = heights[0].len();
        let mut pacific = vec![vec![false; n]; m];
        let mut atlantic = vec![vec![false; n]; m];
        let mut stack_p = Vec::new();
        let mut stack_a = Vec::new();
        // Mistake: the row and column loops use each other's bound. On a
        // square grid nothing shows; on any other grid one of the loops runs
        // past the end of the grid (an index out of bounds).
        for i in 0..n {
            stack_p.push((i, 0));
            stack_a.push((i, n - 1));
        }
        for j in 0..m {
            stack_p.push((0, j));
            stack_a.push((m - 1, j));
        }
        Self::climb(&heights, stack_p, &mut pacific);
        Self::climb(&heights, stack_a, &mut atlantic);
        let mut cells = Vec::new();
        for r in 0..m {
            for c in 0..n {
                if pacific[r][c] && atlantic[r][c] {
                    cells.push(vec![r as i32, c as i32]);
                }
            }
        }
        cells
    }

    fn climb(h: &[Vec<i32>], mut stack: Vec<(usize, usize)>, seen: &mut Vec<Vec<bool>>) {
        let (m, n) = (h.len(), h[0].len());
        while let Some((r, c)) = stack.pop() {
            if seen[r][c] {
                continue;
            }
            seen[r][c] = true;
            if r > 0 && h[r - 1][c] >= h[r][c] {
                stack.push((r - 1, c));
            }
            if r + 1 < m && h[r + 1][c] >= h[r][c] {
                stack.push((r + 1, c));
            }
            if c > 0 && h[r][c - 1] >= h[r][c] {
                stack.push((r, c - 1));
            }
            if c + 1 < n && h[r][c + 1] >= h[r][c] {
                stack.push((r, c + 1));
            }
        }
    }
}
