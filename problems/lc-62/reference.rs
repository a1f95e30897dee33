impl Solution {
    pub fn unique_paths(m: i32, n: i32) -> i32 {
        // ways[c] holds the number of routes to column c of the current
        // row. Moving to the next row, a square adds the routes coming from
        // its left (already updated) to those coming from above (the old
        // value). No entry exceeds the final answer, so i32 is enough.
        let n = n as usize;
        let mut ways = vec![1i32; n];
        for _ in 1..m {
            for c in 1..n {
                ways[c] += ways[c - 1];
            }
        }
        ways[n - 1]
    }
}
