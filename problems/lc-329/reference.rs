impl Solution {
    pub fn longest_increasing_path(matrix: Vec<Vec<i32>>) -> i32 {
        // Topological peeling: a cell with no larger neighbour ends every
        // path through it. Remove all such cells (one layer), which may make
        // their smaller neighbours path ends too, and repeat. The number of
        // layers is the length of the longest increasing path.
        let rows = matrix.len();
        let cols = matrix[0].len();
        let neighbours = |r: usize, c: usize| {
            [(r.wrapping_sub(1), c), (r + 1, c), (r, c.wrapping_sub(1)), (r, c + 1)]
                .into_iter()
                .filter(move |&(nr, nc)| nr < rows && nc < cols)
        };
        // larger[r][c]: how many neighbours of (r, c) are strictly larger
        // and not yet removed.
        let mut larger = vec![vec![0u8; cols]; rows];
        let mut layer = Vec::new();
        for r in 0..rows {
            for c in 0..cols {
                larger[r][c] = neighbours(r, c).filter(|&(nr, nc)| matrix[nr][nc] > matrix[r][c]).count() as u8;
                if larger[r][c] == 0 {
                    layer.push((r, c));
                }
            }
        }
        let mut layers = 0;
        while !layer.is_empty() {
            layers += 1;
            let mut next = Vec::new();
            for (r, c) in layer {
                for (nr, nc) in neighbours(r, c) {
                    if matrix[nr][nc] < matrix[r][c] {
                        larger[nr][nc] -= 1;
                        if larger[nr][nc] == 0 {
                            next.push((nr, nc));
                        }
                    }
                }
            }
            layer = next;
        }
        layers
    }
}
