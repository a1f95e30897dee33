// Dijkstra's algorithm from all the gates, with a binary heap of
// (distance, row, column). Every step costs 1, so a plain queue would do;
// the heap adds a log factor but is still accepted.
use std::cmp::Reverse;
use std::collections::BinaryHeap;

impl Solution {
    pub fn walls_and_gates(rooms: &mut Vec<Vec<i32>>) {
        let m = rooms.len() as i32;
        let n = rooms[0].len() as i32;
        let mut heap = BinaryHeap::new();
        for r in 0..m {
            for c in 0..n {
                if rooms[r as usize][c as usize] == 0 {
                    heap.push(Reverse((0, r, c)));
                }
            }
        }
        while let Some(Reverse((d, r, c))) = heap.pop() {
            if d > rooms[r as usize][c as usize] {
                continue;
            }
            for (dr, dc) in [(1, 0), (-1, 0), (0, 1), (0, -1)] {
                let (nr, nc) = (r + dr, c + dc);
                if nr < 0 || nc < 0 || nr >= m || nc >= n {
                    continue;
                }
                let cell = &mut rooms[nr as usize][nc as usize];
                if *cell > d + 1 {
                    *cell = d + 1;
                    heap.push(Reverse((d + 1, nr, nc)));
                }
            }
        }
    }
}
