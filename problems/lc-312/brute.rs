impl Solution {
    pub fn max_coins(nums: Vec<i32>) -> i32 {
        // Tries every order: burst each remaining balloon in turn and recurse
        // on what is left. n! orders, for very short rows only.
        fn go(row: &mut Vec<i32>) -> i32 {
            if row.is_empty() {
                return 0;
            }
            let mut best = 0;
            for i in 0..row.len() {
                let left = if i > 0 { row[i - 1] } else { 1 };
                let right = if i + 1 < row.len() { row[i + 1] } else { 1 };
                let x = row.remove(i);
                best = best.max(left * x * right + go(row));
                row.insert(i, x);
            }
            best
        }
        let mut row = nums;
        go(&mut row)
    }
}
