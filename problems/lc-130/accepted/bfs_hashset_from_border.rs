// Breadth-first search from the edge 'O' cells, with the cells that survive
// kept in a HashSet of coordinates; a last pass captures every 'O' not in
// the set.
use std::collections::{HashSet, VecDeque};

impl Solution {
    pub fn solve(board: &mut Vec<Vec<char>>) {
        let m = board.len() as i32;
        let n = board[0].len() as i32;
        let mut alive: HashSet<(i32, i32)> = HashSet::new();
        let mut queue = VecDeque::new();
        for r in 0..m {
            for c in 0..n {
                if (r == 0 || c == 0 || r == m - 1 || c == n - 1) && board[r as usize][c as usize] == 'O' {
                    alive.insert((r, c));
                    queue.push_back((r, c));
                }
            }
        }
        while let Some((r, c)) = queue.pop_front() {
            for (dr, dc) in [(1, 0), (-1, 0), (0, 1), (0, -1)] {
                let (nr, nc) = (r + dr, c + dc);
                if nr < 0 || nc < 0 || nr >= m || nc >= n {
                    continue;
                }
                if board[nr as usize][nc as usize] == 'O' && alive.insert((nr, nc)) {
                    queue.push_back((nr, nc));
                }
            }
        }
        for r in 0..m {
            for c in 0..n {
                if board[r as usize][c as usize] == 'O' && !alive.contains(&(r, c)) {
                    board[r as usize][c as usize] = 'X';
                }
            }
        }
    }
}
