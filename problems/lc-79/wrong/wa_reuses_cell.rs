// Has the usual pruning (letter counts, search from the rarer end), but the
// depth-first search never marks the cells of the current path, so a path may
// step back onto a cell it already used: on the row A B X A it spells "ABA"
// by going from the B back to the first A.
impl Solution {
    pub fn exist(board: Vec<Vec<char>>, word: String) -> bool {
        let mut w: Vec<char> = word.chars().collect();
        let mut have = std::collections::HashMap::new();
        for row in &board {
            for &ch in row {
                *have.entry(ch).or_insert(0) += 1;
            }
        }
        for &ch in &w {
            let e = have.entry(ch).or_insert(0);
            if *e == 0 {
                return false;
            }
            *e -= 1;
        }
        let count = |ch: char| board.iter().flatten().filter(|&&x| x == ch).count();
        if count(w[0]) > count(w[w.len() - 1]) {
            w.reverse();
        }
        for i in 0..board.len() {
            for j in 0..board[0].len() {
                if Self::dfs(&board, &w, 0, i as i32, j as i32) {
                    return true;
                }
            }
        }
        false
    }

    fn dfs(board: &Vec<Vec<char>>, w: &[char], k: usize, i: i32, j: i32) -> bool {
        if k == w.len() {
            return true;
        }
        if i < 0 || j < 0 || i >= board.len() as i32 || j >= board[0].len() as i32 {
            return false;
        }
        if board[i as usize][j as usize] != w[k] {
            return false;
        }
        Self::dfs(board, w, k + 1, i + 1, j)
            || Self::dfs(board, w, k + 1, i - 1, j)
            || Self::dfs(board, w, k + 1, i, j + 1)
            || Self::dfs(board, w, k + 1, i, j - 1)
    }
}
