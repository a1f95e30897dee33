// Bitmasks for the attacked columns and diagonals of the next row: the
// diagonal masks shift by one per row, and the free squares are the zero
// bits of their union, taken one lowest set bit at a time.
impl Solution {
    pub fn solve_n_queens(n: i32) -> Vec<Vec<String>> {
        fn go(n: u32, cols: u32, left: u32, right: u32, queens: &mut Vec<u32>, out: &mut Vec<Vec<String>>) {
            let full = (1u32 << n) - 1;
            if cols == full {
                out.push(
                    queens
                        .iter()
                        .map(|&c| (0..n).map(|j| if j == c { 'Q' } else { '.' }).collect())
                        .collect(),
                );
                return;
            }
            let mut free = full & !(cols | left | right);
            while free != 0 {
                let bit = free & free.wrapping_neg();
                free ^= bit;
                queens.push(bit.trailing_zeros());
                go(n, cols | bit, ((left | bit) << 1) & full, (right | bit) >> 1, queens, out);
                queens.pop();
            }
        }
        let mut out = Vec::new();
        go(n as u32, 0, 0, 0, &mut Vec::new(), &mut out);
        out
    }
}
