// Keeps one visited grid for the whole search and never clears a cell when
// backing out of it: a cell tried on a dead-end branch stays blocked for every
// later branch and every later starting cell.
impl Solution {
    pub fn exist(board: Vec<Vec<char>>, word: String) -> bool {
        let w: Vec<char> = word.chars().collect();
        let (m, n) = (board.len(), board[0].len());
        let mut visited = vec![vec![false; n]; m];
        for i in 0..m {
            for j in 0..n {
                if Self::dfs(&board, &w, 0, i as i32, j as i32, &mut visited) {
                    return true;
                }
            }
        }
        false
    }

    fn dfs(board: &Vec<Vec<char>>, w: &[char], k: usize, i: i32, j: i32, visited: &mut Vec<Vec<bool>>) -> bool {
        if k == w.len() {
            return true;
        }
        if i < 0 || j < 0 || i >= board.len() as i32 || j >= board[0].len() as i32 {
            return false;
        }
        let (r, c) = (i as usize, j as usize);
        if visited[r][c] || board[r][c] != w[k] {
            return false;
        }
        visited[r][c] = true;
        Self::dfs(board, w, k + 1, i + 1, j, visited)
            || Self::dfs(board, w, k + 1, i - 1, j, visited)
            || Self::dfs(board, w, k + 1, i, j + 1, visited)
            || Self::dfs(board, w, k + 1, i, j - 1, visited)
    }
}
