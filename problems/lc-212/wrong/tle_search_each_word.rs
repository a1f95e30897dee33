// Runs Word Search I once per word: a depth-first search from every cell for
// each of up to 3 * 10^4 words. On a board of one repeated letter, every word
// that starts with a long run of that letter explores a huge number of paths
// before it fails.
impl Solution {
    pub fn find_words(mut board: Vec<Vec<char>>, words: Vec<String>) -> Vec<String> {
        let mut result = Vec::new();
        for word in words {
            let w = word.as_bytes();
            let mut found = false;
            'cells: for r in 0..board.len() {
                for c in 0..board[0].len() {
                    if Self::exist_from(&mut board, w, r, c) {
                        found = true;
                        break 'cells;
                    }
                }
            }
            if found {
                result.push(word);
            }
        }
        result
    }

    fn exist_from(board: &mut Vec<Vec<char>>, w: &[u8], r: usize, c: usize) -> bool {
        if board[r][c] as u8 != w[0] {
            return false;
        }
        if w.len() == 1 {
            return true;
        }
        let ch = board[r][c];
        board[r][c] = '#';
        let ok = (r > 0 && Self::exist_from(board, &w[1..], r - 1, c))
            || (r + 1 < board.len() && Self::exist_from(board, &w[1..], r + 1, c))
            || (c > 0 && Self::exist_from(board, &w[1..], r, c - 1))
            || (c + 1 < board[0].len() && Self::exist_from(board, &w[1..], r, c + 1));
        board[r][c] = ch;
        ok
    }
}
