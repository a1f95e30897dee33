// The slowest accepted approach: instead of a trie, a HashSet of every
// prefix of every word (up to 3 * 10^5 strings) and a HashSet of the words.
// The search carries the spelled string and stops as soon as it is not a
// prefix; each step hashes a string of up to 10 letters.
use std::collections::HashSet;

impl Solution {
    pub fn find_words(board: Vec<Vec<char>>, words: Vec<String>) -> Vec<String> {
        let mut prefixes: HashSet<String> = HashSet::new();
        for w in &words {
            for end in 1..=w.len() {
                prefixes.insert(w[..end].to_string());
            }
        }
        let mut wanted: HashSet<String> = words.into_iter().collect();
        let (m, n) = (board.len(), board[0].len());
        let mut on_path = vec![vec![false; n]; m];
        let mut spelled = String::new();
        let mut found = Vec::new();
        for r in 0..m {
            for c in 0..n {
                Self::walk(&board, r, c, &mut on_path, &mut spelled, &prefixes, &mut wanted, &mut found);
            }
        }
        found
    }

    #[allow(clippy::too_many_arguments)]
    fn walk(
        board: &[Vec<char>],
        r: usize,
        c: usize,
        on_path: &mut Vec<Vec<bool>>,
        spelled: &mut String,
        prefixes: &HashSet<String>,
        wanted: &mut HashSet<String>,
        found: &mut Vec<String>,
    ) {
        if on_path[r][c] {
            return;
        }
        spelled.push(board[r][c]);
        if prefixes.contains(spelled.as_str()) {
            if let Some(w) = wanted.take(spelled.as_str()) {
                found.push(w);
            }
            on_path[r][c] = true;
            let (m, n) = (board.len() as isize, board[0].len() as isize);
            for (dr, dc) in [(-1isize, 0isize), (1, 0), (0, -1), (0, 1)] {
                let (nr, nc) = (r as isize + dr, c as isize + dc);
                if (0..m).contains(&nr) && (0..n).contains(&nc) {
                    Self::walk(board, nr as usize, nc as usize, on_path, spelled, prefixes, wanted, found);
                }
            }
            on_path[r][c] = false;
        }
        spelled.pop();
    }
}
