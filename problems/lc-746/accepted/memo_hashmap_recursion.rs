// The slowest approach LeetCode accepts: the recursion from the top down,
// with its results kept in a HashMap keyed by the step.
use std::collections::HashMap;

impl Solution {
    pub fn min_cost_climbing_stairs(cost: Vec<i32>) -> i32 {
        fn stand(cost: &[i32], i: usize, memo: &mut HashMap<usize, i32>) -> i32 {
            if i < 2 {
                return cost[i];
            }
            if let Some(&v) = memo.get(&i) {
                return v;
            }
            let v = cost[i] + stand(cost, i - 1, memo).min(stand(cost, i - 2, memo));
            memo.insert(i, v);
            v
        }
        let n = cost.len();
        let mut memo = HashMap::new();
        let last = stand(&cost, n - 1, &mut memo);
        let before = stand(&cost, n - 2, &mut memo);
        last.min(before)
    }
}
