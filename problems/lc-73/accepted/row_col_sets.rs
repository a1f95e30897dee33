use std::collections::HashSet;

impl Solution {
    pub fn set_zeroes(matrix: &mut Vec<Vec<i32>>) {
        // O(m + n) extra memory: the sets of rows and columns holding a zero.
        let mut rows = HashSet::new();
        let mut cols = HashSet::new();
        for (i, row) in matrix.iter().enumerate() {
            for (j, &v) in row.iter().enumerate() {
                if v == 0 {
                    rows.insert(i);
                    cols.insert(j);
                }
            }
        }
        for (i, row) in matrix.iter_mut().enumerate() {
            for (j, v) in row.iter_mut().enumerate() {
                if rows.contains(&i) || cols.contains(&j) {
                    *v = 0;
                }
            }
        }
    }
}
