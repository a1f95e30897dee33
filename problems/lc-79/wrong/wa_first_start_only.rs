// Returns the result of the search from the first cell that matches the
// word's first letter, instead of moving on to the other candidate cells
// when that search fails.
impl Solution {
    pub fn exist(board: Vec<Vec<char>>, word: String) -> bool {
        let mut board = board;
        let w: Vec<char> = word.chars().collect();
        for i in 0..board.len() {
            for j in 0..board[0].len() {
                if board[i][j] == w[0] {
                    return Self::dfs(&mut board, &w, 0, i, j);
                }
            }
        }
        false
    }

    fn dfs(board: &mut Vec<Vec<char>>, w: &[char], k: usize, i: usize, j: usize) -> bool {
        if board[i][j] != w[k] {
            return false;
        }
        if k + 1 == w.len() {
            return true;
        }
        board[i][j] = '#';
        let found = (i > 0 && Self::dfs(board, w, k + 1, i - 1, j))
            || (i + 1 < board.len() && Self::dfs(board, w, k + 1, i + 1, j))
            || (j > 0 && Self::dfs(board, w, k + 1, i, j - 1))
            || (j + 1 < board[0].len() && Self::dfs(board, w, k + 1, i, j + 1));
        board[i][j] = w[k];
        found
    }
}
