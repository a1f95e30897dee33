impl Solution {
    pub fn walls_and_gates(rooms: &mut Vec<Vec<i32>>) {
        // Relax until nothing changes: every empty room takes one more than
        // the smallest distance among its neighbours that are not walls.
        // Distances only go down, and stop at the true shortest ones.
        const EMPTY: i64 = i32::MAX as i64;
        let rows = rooms.len();
        let cols = rooms[0].len();
        let mut dist: Vec<Vec<i64>> = rooms.iter().map(|r| r.iter().map(|&v| v as i64).collect()).collect();
        let mut changed = true;
        while changed {
            changed = false;
            for r in 0..rows {
                for c in 0..cols {
                    if rooms[r][c] != EMPTY as i32 {
                        continue;
                    }
                    let mut near = EMPTY;
                    let mut look = |nr: usize, nc: usize| {
                        if dist[nr][nc] >= 0 {
                            near = near.min(dist[nr][nc]);
                        }
                    };
                    if r > 0 {
                        look(r - 1, c);
                    }
                    if r + 1 < rows {
                        look(r + 1, c);
                    }
                    if c > 0 {
                        look(r, c - 1);
                    }
                    if c + 1 < cols {
                        look(r, c + 1);
                    }
                    if near < EMPTY && near + 1 < dist[r][c] {
                        dist[r][c] = near + 1;
                        changed = true;
                    }
                }
            }
        }
        for r in 0..rows {
            for c in 0..cols {
                rooms[r][c] = dist[r][c] as i32;
            }
        }
    }
}
