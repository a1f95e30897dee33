impl Solution {
    pub fn spiral_order(matrix: Vec<Vec<i32>>) -> Vec<i32> {
        // Walk like a turtle: keep going in the current direction, and turn
        // clockwise whenever the next cell is outside or already visited.
        let m = matrix.len() as i32;
        let n = matrix[0].len() as i32;
        let dirs = [(0, 1), (1, 0), (0, -1), (-1, 0)];
        let mut seen = vec![vec![false; n as usize]; m as usize];
        let (mut r, mut c, mut d) = (0i32, 0i32, 0usize);
        let mut out = Vec::new();
        for _ in 0..m * n {
            out.push(matrix[r as usize][c as usize]);
            seen[r as usize][c as usize] = true;
            let free = |r: i32, c: i32, seen: &Vec<Vec<bool>>| {
                r >= 0 && r < m && c >= 0 && c < n && !seen[r as usize][c as usize]
            };
            if !free(r + dirs[d].0, c + dirs[d].1, &seen) {
                d = (d + 1) % 4;
            }
            r += dirs[d].0;
            c += dirs[d].1;
        }
        out
    }
}
