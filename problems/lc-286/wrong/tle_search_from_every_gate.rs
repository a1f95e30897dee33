use std::collections::VecDeque;

impl Solution {
    pub fn walls_and_gates(rooms: &mut Vec<Vec<i32>>) {
        // Correct, but runs a full breadth-first search from each gate on
        // its own and keeps the smaller distance: O(gates * m * n), which
        // is billions of steps when a third of the cells are gates.
        let m = rooms.len();
        let n = rooms[0].len();
        let mut gates = Vec::new();
        for r in 0..m {
            for c in 0..n {
                if rooms[r][c] == 0 {
                    gates.push((r, c));
                }
            }
        }
        for (gr, gc) in gates {
            let mut dist = vec![vec![-1i32; n]; m];
            dist[gr][gc] = 0;
            let mut queue = VecDeque::from([(gr, gc)]);
            while let Some((r, c)) = queue.pop_front() {
                let d = dist[r][c];
                if rooms[r][c] > d {
                    rooms[r][c] = d;
                }
                for (nr, nc) in [(r.wrapping_sub(1), c), (r + 1, c), (r, c.wrapping_sub(1)), (r, c + 1)] {
                    if nr < m && nc < n && rooms[nr][nc] != -1 && rooms[nr][nc] != 0 && dist[nr][nc] < 0 {
                        dist[nr][nc] = d + 1;
                        queue.push_back((nr, nc));
                    }
                }
            }
        }
    }
}
