// Every route: start on step 0 or 1, then try both moves from each step,
// and keep the cheapest total that lands at or past the top.
impl Solution {
    pub fn min_cost_climbing_stairs(cost: Vec<i32>) -> i32 {
        fn walk(cost: &[i32], at: usize) -> i32 {
            if at >= cost.len() {
                return 0;
            }
            cost[at] + walk(cost, at + 1).min(walk(cost, at + 2))
        }
        walk(&cost, 0).min(walk(&cost, 1))
    }
}
