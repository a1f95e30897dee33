// Breadth-first search one level at a time: the cells at distance d are
// kept in a Vec, visited cells in a HashSet, and each level writes its
// distance into the rooms it reaches.
use std::collections::HashSet;

impl Solution {
    pub fn walls_and_gates(rooms: &mut Vec<Vec<i32>>) {
        let m = rooms.len() as i32;
        let n = rooms[0].len() as i32;
        let mut seen: HashSet<(i32, i32)> = HashSet::new();
        let mut level: Vec<(i32, i32)> = Vec::new();
        for r in 0..m {
            for c in 0..n {
                if rooms[r as usize][c as usize] == 0 {
                    seen.insert((r, c));
                    level.push((r, c));
                }
            }
        }
        let mut d = 0;
        while !level.is_empty() {
            d += 1;
            let mut next = Vec::new();
            for &(r, c) in &level {
                for (nr, nc) in [(r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)] {
                    if nr < 0 || nc < 0 || nr >= m || nc >= n {
                        continue;
                    }
                    if rooms[nr as usize][nc as usize] == -1 || !seen.insert((nr, nc)) {
                        continue;
                    }
                    rooms[nr as usize][nc as usize] = d;
                    next.push((nr, nc));
                }
            }
            level = next;
        }
    }
}
