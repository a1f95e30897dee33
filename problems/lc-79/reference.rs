impl Solution {
    pub fn exist(board: Vec<Vec<char>>, word: String) -> bool {
        let mut grid: Vec<Vec<u8>> = board
            .iter()
            .map(|row| row.iter().map(|&c| c as u8).collect())
            .collect();
        let mut word = word.into_bytes();
        let (m, n) = (grid.len(), grid[0].len());
        if word.len() > m * n {
            return false;
        }

        // The board must hold at least as many of each letter as the word needs.
        let mut available = [0usize; 128];
        for &c in grid.iter().flatten() {
            available[c as usize] += 1;
        }
        let mut needed = [0usize; 128];
        for &c in &word {
            needed[c as usize] += 1;
            if needed[c as usize] > available[c as usize] {
                return false;
            }
        }

        // Start from whichever end of the word is rarer on the board: fewer
        // starting cells, and dead ends are found sooner.
        let (first, last) = (word[0] as usize, word[word.len() - 1] as usize);
        if available[first] > available[last] {
            word.reverse();
        }

        for r in 0..m {
            for c in 0..n {
                if Self::search(&mut grid, &word, r, c) {
                    return true;
                }
            }
        }
        false
    }

    /// Whether `word` can be spelled by a path starting at (r, c) that avoids
    /// the cells of the current path (temporarily overwritten with 0).
    fn search(grid: &mut Vec<Vec<u8>>, word: &[u8], r: usize, c: usize) -> bool {
        if grid[r][c] != word[0] {
            return false;
        }
        if word.len() == 1 {
            return true;
        }
        let rest = &word[1..];
        grid[r][c] = 0;
        let found = (r > 0 && Self::search(grid, rest, r - 1, c))
            || (r + 1 < grid.len() && Self::search(grid, rest, r + 1, c))
            || (c > 0 && Self::search(grid, rest, r, c - 1))
            || (c + 1 < grid[r].len() && Self::search(grid, rest, r, c + 1));
        grid[r][c] = word[0];
        found
    }
}
