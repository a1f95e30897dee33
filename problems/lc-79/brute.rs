// Grows paths one cell at a time, keeping the whole current path and checking
// "not used yet" by scanning it: no marking in the board, no pruning.
impl Solution {
    pub fn exist(board: Vec<Vec<char>>, word: String) -> bool {
        let word: Vec<char> = word.chars().collect();
        let mut path = Vec::new();
        for r in 0..board.len() as i32 {
            for c in 0..board[0].len() as i32 {
                if extend(&board, &word, &mut path, r, c) {
                    return true;
                }
            }
        }
        false
    }
}

/// Can the path, extended by (r, c), be completed into `word`?
fn extend(board: &[Vec<char>], word: &[char], path: &mut Vec<(i32, i32)>, r: i32, c: i32) -> bool {
    if r < 0 || c < 0 || r >= board.len() as i32 || c >= board[0].len() as i32 {
        return false;
    }
    if path.contains(&(r, c)) || board[r as usize][c as usize] != word[path.len()] {
        return false;
    }
    path.push((r, c));
    let done = path.len() == word.len()
        || [(-1, 0), (1, 0), (0, -1), (0, 1)]
            .iter()
            .any(|&(dr, dc)| extend(board, word, path, r + dr, c + dc));
    path.pop();
    done
}
