impl Solution {
    pub fn unique_paths(m: i32, n: i32) -> i32 {
        // Correct, but counts the routes one by one: the recursion has a
        // leaf for every route, up to 2 * 10^9 of them.
        if m == 1 || n == 1 {
            return 1;
        }
        Self::unique_paths(m - 1, n) + Self::unique_paths(m, n - 1)
    }
}
