impl Solution {
    pub fn pacific_atlantic(heights: Vec<Vec<i32>>) -> Vec<Vec<i32>> {
        let (m, n) = (heights.len(), heights[0].len());
        // Cells touching each ocean: the Pacific along the top row and the
        // left column, the Atlantic along the bottom row and the right column.
        let pacific_border = (0..n).map(|c| (0, c)).chain((0..m).map(|r| (r, 0)));
        let atlantic_border = (0..n).map(|c| (m - 1, c)).chain((0..m).map(|r| (r, n - 1)));
        let pacific = Self::reach(&heights, pacific_border);
        let atlantic = Self::reach(&heights, atlantic_border);
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

    /// The cells whose water can reach one of the `sources`: walk from the
    /// sources uphill (to neighbours at least as high), the reverse of the flow.
    fn reach(heights: &[Vec<i32>], sources: impl Iterator<Item = (usize, usize)>) -> Vec<Vec<bool>> {
        let (m, n) = (heights.len(), heights[0].len());
        let mut seen = vec![vec![false; n]; m];
        let mut stack = Vec::new();
        for (r, c) in sources {
            if !seen[r][c] {
                seen[r][c] = true;
                stack.push((r, c));
            }
        }
        while let Some((r, c)) = stack.pop() {
            let here = heights[r][c];
            let neighbours = [
                (r.wrapping_sub(1), c),
                (r + 1, c),
                (r, c.wrapping_sub(1)),
                (r, c + 1),
            ];
            for (nr, nc) in neighbours {
                // Going below zero wraps to a huge index, which fails `< m` / `< n`.
                if nr < m && nc < n && !seen[nr][nc] && heights[nr][nc] >= here {
                    seen[nr][nc] = true;
                    stack.push((nr, nc));
                }
            }
        }
        seen
    }
}
