// Top-down: the routes from (r, c) are the routes from the square below
// plus those from the square to the right, memoised in a HashMap.
use std::collections::HashMap;

impl Solution {
    pub fn unique_paths(m: i32, n: i32) -> i32 {
        fn routes(r: i32, c: i32, m: i32, n: i32, memo: &mut HashMap<(i32, i32), i64>) -> i64 {
            if r == m - 1 || c == n - 1 {
                return 1;
            }
            if let Some(&v) = memo.get(&(r, c)) {
                return v;
            }
            let v = routes(r + 1, c, m, n, memo) + routes(r, c + 1, m, n, memo);
            memo.insert((r, c), v);
            v
        }
        routes(0, 0, m, n, &mut HashMap::new()) as i32
    }
}
