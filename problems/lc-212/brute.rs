// Looks for each word on its own: a depth-first search from every cell,
// with a visited matrix, as in Word Search I.
impl Solution {
    pub fn find_words(board: Vec<Vec<char>>, words: Vec<String>) -> Vec<String> {
        let (m, n) = (board.len(), board[0].len());
        let mut visited = vec![vec![false; n]; m];
        let mut result = Vec::new();
        for word in words {
            let w: Vec<char> = word.chars().collect();
            let mut found = false;
            for r in 0..m {
                for c in 0..n {
                    if !found && Self::spell(&board, &w, r, c, &mut visited) {
                        found = true;
                    }
                }
            }
            if found {
                result.push(word);
            }
        }
        result
    }

    fn spell(board: &[Vec<char>], w: &[char], r: usize, c: usize, visited: &mut Vec<Vec<bool>>) -> bool {
        if visited[r][c] || board[r][c] != w[0] {
            return false;
        }
        if w.len() == 1 {
            return true;
        }
        visited[r][c] = true;
        let (m, n) = (board.len() as i32, board[0].len() as i32);
        let mut ok = false;
        for (dr, dc) in [(-1, 0), (1, 0), (0, -1), (0, 1)] {
            let (nr, nc) = (r as i32 + dr, c as i32 + dc);
            if !ok && nr >= 0 && nr < m && nc >= 0 && nc < n {
                ok = Self::spell(board, &w[1..], nr as usize, nc as usize, visited);
            }
        }
        visited[r][c] = false;
        ok
    }
}
