use std::collections::VecDeque;

impl Solution {
    pub fn solve(board: &mut Vec<Vec<char>>) {
        // Correct, but asks for every 'O' separately whether it can reach
        // the edge, with a fresh search each time. Inside a big enclosed
        // region every search walks the whole region: O((m*n)^2).
        let (m, n) = (board.len(), board[0].len());
        let mut capture = Vec::new();
        for sr in 0..m {
            for sc in 0..n {
                if board[sr][sc] != 'O' {
                    continue;
                }
                let mut seen = vec![vec![false; n]; m];
                seen[sr][sc] = true;
                let mut queue = VecDeque::from([(sr, sc)]);
                let mut escapes = false;
                while let Some((r, c)) = queue.pop_front() {
                    if r == 0 || c == 0 || r == m - 1 || c == n - 1 {
                        escapes = true;
                        break;
                    }
                    for (nr, nc) in [(r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)] {
                        if board[nr][nc] == 'O' && !seen[nr][nc] {
                            seen[nr][nc] = true;
                            queue.push_back((nr, nc));
                        }
                    }
                }
                if !escapes {
                    capture.push((sr, sc));
                }
            }
        }
        for (r, c) in capture {
            board[r][c] = 'X';
        }
    }
}
