// Backtracking with a separate visited grid and a table of the four moves;
// the board itself is never modified.
const DIRS: [(i32, i32); 4] = [(0, 1), (1, 0), (0, -1), (-1, 0)];

impl Solution {
    pub fn exist(board: Vec<Vec<char>>, word: String) -> bool {
        let w: Vec<char> = word.chars().collect();
        let (m, n) = (board.len(), board[0].len());
        let mut visited = vec![vec![false; n]; m];
        (0..m).any(|r| (0..n).any(|c| Self::dfs(&board, &w, &mut visited, r, c, 0)))
    }

    fn dfs(board: &[Vec<char>], w: &[char], visited: &mut Vec<Vec<bool>>, r: usize, c: usize, k: usize) -> bool {
        if visited[r][c] || board[r][c] != w[k] {
            return false;
        }
        if k + 1 == w.len() {
            return true;
        }
        visited[r][c] = true;
        let (m, n) = (board.len() as i32, board[0].len() as i32);
        let mut found = false;
        for (dr, dc) in DIRS {
            let (nr, nc) = (r as i32 + dr, c as i32 + dc);
            if nr >= 0 && nc >= 0 && nr < m && nc < n && Self::dfs(board, w, visited, nr as usize, nc as usize, k + 1) {
                found = true;
                break;
            }
        }
        visited[r][c] = false;
        found
    }
}
