impl Solution {
    pub fn longest_increasing_path(matrix: Vec<Vec<i32>>) -> i32 {
        // From every cell, walks greedily to the smallest neighbour that is
        // still larger, hoping that small steps leave the most room. The
        // best path often has to take a bigger step first.
        let (m, n) = (matrix.len() as i32, matrix[0].len() as i32);
        let mut answer = 1;
        for sr in 0..m {
            for sc in 0..n {
                let (mut r, mut c) = (sr, sc);
                let mut length = 1;
                loop {
                    let v = matrix[r as usize][c as usize];
                    let mut step: Option<(i32, i32, i32)> = None;
                    for (dr, dc) in [(0, 1), (1, 0), (0, -1), (-1, 0)] {
                        let (nr, nc) = (r + dr, c + dc);
                        if nr < 0 || nc < 0 || nr >= m || nc >= n {
                            continue;
                        }
                        let w = matrix[nr as usize][nc as usize];
                        if w > v && step.map_or(true, |s| w < s.0) {
                            step = Some((w, nr, nc));
                        }
                    }
                    match step {
                        Some((_, nr, nc)) => {
                            r = nr;
                            c = nc;
                            length += 1;
                        }
                        None => break,
                    }
                }
                answer = answer.max(length);
            }
        }
        answer
    }
}
