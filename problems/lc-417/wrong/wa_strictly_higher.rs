impl Solution {
    pub fn pacific_atlantic(heights: Vec<Vec<i32>>) -> Vec<Vec<i32>> {
        let (m, n) = (heights.len(), heights[0].len());
        let mut pacific = vec![vec![false; n]; m];
        let mut atlantic = vec![vec![false; n]; m];
        for c in 0..n {
            Self::climb(&heights, 0, c, &mut pacific);
            Self::climb(&heights, m - 1, c, &mut atlantic);
        }
        for r in 0..m {
            Self::climb(&heights, r, 0, &mut pacific);
            Self::climb(&heights, r, n - 1, &mut atlantic);
        }
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

    fn climb(h: &[Vec<i32>], r: usize, c: usize, seen: &mut Vec<Vec<bool>>) {
        if seen[r][c] {
            return;
        }
        seen[r][c] = true;
        let (m, n) = (h.len(), h[0].len());
        let mut next = Vec::new();
        if r > 0 {
            next.push((r - 1, c));
        }
        if r + 1 < m {
            next.push((r + 1, c));
        }
        if c > 0 {
            next.push((r, c - 1));
        }
        if c + 1 < n {
            next.push((r, c + 1));
        }
        for (nr, nc) in next {
            // Mistake: water also flows between cells of equal height, but
            // this climbs only to strictly higher neighbours, so flat areas
            // are cut off.
            if h[nr][nc] > h[r][c] {
                Self::climb(h, nr, nc, seen);
            }
        }
    }
}
