impl Solution {
    pub fn solve_n_queens(n: i32) -> Vec<Vec<String>> {
        let n = n as usize;
        let mut search = Search {
            n,
            queens: Vec::with_capacity(n),
            cols: vec![false; n],
            // A square (r, c) lies on diagonal r - c + n - 1 and anti-diagonal r + c.
            diags: vec![false; 2 * n - 1],
            anti_diags: vec![false; 2 * n - 1],
            boards: Vec::new(),
        };
        search.place(0);
        search.boards
    }
}

struct Search {
    n: usize,
    /// queens[r] is the column of the queen already placed in row r.
    queens: Vec<usize>,
    cols: Vec<bool>,
    diags: Vec<bool>,
    anti_diags: Vec<bool>,
    boards: Vec<Vec<String>>,
}

impl Search {
    fn place(&mut self, row: usize) {
        let n = self.n;
        if row == n {
            let board = self
                .queens
                .iter()
                .map(|&c| {
                    let mut line = vec![b'.'; n];
                    line[c] = b'Q';
                    String::from_utf8(line).unwrap()
                })
                .collect();
            self.boards.push(board);
            return;
        }
        for col in 0..n {
            let (d, a) = (row + n - 1 - col, row + col);
            if self.cols[col] || self.diags[d] || self.anti_diags[a] {
                continue;
            }
            self.cols[col] = true;
            self.diags[d] = true;
            self.anti_diags[a] = true;
            self.queens.push(col);
            self.place(row + 1);
            self.queens.pop();
            self.cols[col] = false;
            self.diags[d] = false;
            self.anti_diags[a] = false;
        }
    }
}
