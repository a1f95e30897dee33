impl Solution {
    pub fn spiral_order(matrix: Vec<Vec<i32>>) -> Vec<i32> {
        // Turns when the next cell is already visited, but looks that cell
        // up without checking that it is inside the matrix: at the end of
        // the first row it reads one column past the edge.
        let m = matrix.len();
        let n = matrix[0].len();
        let dirs: [(i32, i32); 4] = [(0, 1), (1, 0), (0, -1), (-1, 0)];
        let mut seen = vec![vec![false; n]; m];
        let (mut r, mut c, mut d) = (0i32, 0i32, 0usize);
        let mut out = Vec::new();
        for _ in 0..m * n {
            out.push(matrix[r as usize][c as usize]);
            seen[r as usize][c as usize] = true;
            let (nr, nc) = (r + dirs[d].0, c + dirs[d].1);
            if seen[nr as usize][nc as usize] {
                d = (d + 1) % 4;
            }
            r += dirs[d].0;
            c += dirs[d].1;
        }
        out
    }
}
