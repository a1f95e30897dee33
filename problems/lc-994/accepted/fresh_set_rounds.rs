// Keeps the fresh oranges in a HashSet and the oranges that went bad in the
// last minute in a Vec. Each minute, the fresh neighbours of the last
// minute's oranges are taken out of the set; no progress with fresh ones
// left means -1.
use std::collections::HashSet;

impl Solution {
    pub fn oranges_rotting(grid: Vec<Vec<i32>>) -> i32 {
        let mut fresh: HashSet<(i32, i32)> = HashSet::new();
        let mut frontier: Vec<(i32, i32)> = Vec::new();
        for (r, row) in grid.iter().enumerate() {
            for (c, &v) in row.iter().enumerate() {
                if v == 1 {
                    fresh.insert((r as i32, c as i32));
                } else if v == 2 {
                    frontier.push((r as i32, c as i32));
                }
            }
        }
        let mut minutes = 0;
        while !fresh.is_empty() {
            let mut next = Vec::new();
            for &(r, c) in &frontier {
                for (dr, dc) in [(0, 1), (1, 0), (0, -1), (-1, 0)] {
                    if fresh.remove(&(r + dr, c + dc)) {
                        next.push((r + dr, c + dc));
                    }
                }
            }
            if next.is_empty() {
                return -1;
            }
            frontier = next;
            minutes += 1;
        }
        minutes
    }
}
