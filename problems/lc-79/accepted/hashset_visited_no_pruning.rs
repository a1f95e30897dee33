// Plain backtracking from every cell, the cells of the current path kept in
// a HashSet, no letter-count pruning.
use std::collections::HashSet;

impl Solution {
    pub fn exist(board: Vec<Vec<char>>, word: String) -> bool {
        let word: Vec<char> = word.chars().collect();
        let mut seen: HashSet<(i32, i32)> = HashSet::new();
        for r in 0..board.len() {
            for c in 0..board[0].len() {
                if Self::backtrack(&board, &word, 0, r as i32, c as i32, &mut seen) {
                    return true;
                }
            }
        }
        false
    }

    fn backtrack(board: &Vec<Vec<char>>, word: &[char], k: usize, r: i32, c: i32, seen: &mut HashSet<(i32, i32)>) -> bool {
        if k == word.len() {
            return true;
        }
        if r < 0 || c < 0 || r as usize >= board.len() || c as usize >= board[0].len() {
            return false;
        }
        if seen.contains(&(r, c)) || board[r as usize][c as usize] != word[k] {
            return false;
        }
        seen.insert((r, c));
        let res = Self::backtrack(board, word, k + 1, r + 1, c, seen)
            || Self::backtrack(board, word, k + 1, r - 1, c, seen)
            || Self::backtrack(board, word, k + 1, r, c + 1, seen)
            || Self::backtrack(board, word, k + 1, r, c - 1, seen);
        seen.remove(&(r, c));
        res
    }
}
