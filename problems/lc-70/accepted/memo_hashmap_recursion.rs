// The slowest approach LeetCode accepts: the recurrence as a recursion, with
// a HashMap memo so that each step count is computed once. O(n) calls, each
// with a hash lookup, where a loop over two variables would do.
use std::collections::HashMap;

impl Solution {
    pub fn climb_stairs(n: i32) -> i32 {
        fn ways(k: i32, memo: &mut HashMap<i32, i32>) -> i32 {
            if k <= 1 {
                return 1;
            }
            if let Some(&w) = memo.get(&k) {
                return w;
            }
            let w = ways(k - 1, memo) + ways(k - 2, memo);
            memo.insert(k, w);
            w
        }
        ways(n, &mut HashMap::new())
    }
}
