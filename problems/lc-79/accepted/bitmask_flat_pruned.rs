// The board flattened into one array of at most 36 cells, the current path
// kept as a u64 bit mask, and a letter-count check before any search.
impl Solution {
    pub fn exist(board: Vec<Vec<char>>, word: String) -> bool {
        let (m, n) = (board.len(), board[0].len());
        let cells: Vec<u8> = board.iter().flatten().map(|&c| c as u8).collect();
        let w = word.as_bytes();
        let mut counts = [0i32; 128];
        for &c in &cells {
            counts[c as usize] += 1;
        }
        for &c in w {
            counts[c as usize] -= 1;
            if counts[c as usize] < 0 {
                return false;
            }
        }
        fn go(cells: &[u8], m: usize, n: usize, w: &[u8], at: usize, used: u64) -> bool {
            if cells[at] != w[0] || used >> at & 1 == 1 {
                return false;
            }
            if w.len() == 1 {
                return true;
            }
            let used = used | 1 << at;
            let (r, c) = (at / n, at % n);
            (r > 0 && go(cells, m, n, &w[1..], at - n, used))
                || (r + 1 < m && go(cells, m, n, &w[1..], at + n, used))
                || (c > 0 && go(cells, m, n, &w[1..], at - 1, used))
                || (c + 1 < n && go(cells, m, n, &w[1..], at + 1, used))
        }
        (0..m * n).any(|at| go(&cells, m, n, w, at, 0))
    }
}
