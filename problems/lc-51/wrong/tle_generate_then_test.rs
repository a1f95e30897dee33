// Generates every way to put one queen in each row (n^n boards, about
// 3.9 * 10^8 for n = 9) and only checks for attacks once a board is full,
// instead of abandoning a partial board as soon as two queens clash.
impl Solution {
    pub fn solve_n_queens(n: i32) -> Vec<Vec<String>> {
        let n = n as usize;
        let mut cols = vec![0usize; n];
        let mut res = Vec::new();
        Self::fill(0, n, &mut cols, &mut res);
        res
    }

    fn fill(row: usize, n: usize, cols: &mut Vec<usize>, res: &mut Vec<Vec<String>>) {
        if row == n {
            if Self::valid(cols) {
                res.push(
                    cols.iter()
                        .map(|&c| (0..n).map(|j| if j == c { 'Q' } else { '.' }).collect())
                        .collect(),
                );
            }
            return;
        }
        for c in 0..n {
            cols[row] = c;
            Self::fill(row + 1, n, cols, res);
        }
    }

    fn valid(cols: &[usize]) -> bool {
        for i in 0..cols.len() {
            for j in i + 1..cols.len() {
                let (a, b) = (cols[i] as i32, cols[j] as i32);
                if a == b || (a - b).abs() == (j - i) as i32 {
                    return false;
                }
            }
        }
        true
    }
}
