impl Solution {
    pub fn unique_paths(m: i32, n: i32) -> i32 {
        // Walk every route explicitly with a stack of positions and count
        // how many times the robot arrives at the bottom-right square.
        let mut routes = 0i64;
        let mut stack = vec![(0, 0)];
        while let Some((r, c)) = stack.pop() {
            if r == m - 1 && c == n - 1 {
                routes += 1;
                continue;
            }
            if r + 1 < m {
                stack.push((r + 1, c));
            }
            if c + 1 < n {
                stack.push((r, c + 1));
            }
        }
        routes as i32
    }
}
