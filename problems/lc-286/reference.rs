use std::collections::VecDeque;

impl Solution {
    pub fn walls_and_gates(rooms: &mut Vec<Vec<i32>>) {
        // Breadth-first search from all the gates at once: a room is filled
        // the first time the search reaches it, from its nearest gate.
        const EMPTY: i32 = i32::MAX;
        let rows = rooms.len();
        let cols = rooms[0].len();
        let mut queue = VecDeque::new();
        for r in 0..rows {
            for c in 0..cols {
                if rooms[r][c] == 0 {
                    queue.push_back((r, c));
                }
            }
        }
        while let Some((r, c)) = queue.pop_front() {
            let next = rooms[r][c] + 1;
            for (nr, nc) in [(r.wrapping_sub(1), c), (r + 1, c), (r, c.wrapping_sub(1)), (r, c + 1)] {
                if nr < rows && nc < cols && rooms[nr][nc] == EMPTY {
                    rooms[nr][nc] = next;
                    queue.push_back((nr, nc));
                }
            }
        }
    }
}
