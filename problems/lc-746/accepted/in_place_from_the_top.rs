// Works backwards in the input itself: after the loop, cost[i] is the least
// paid from step i to the top, including step i.
impl Solution {
    pub fn min_cost_climbing_stairs(mut cost: Vec<i32>) -> i32 {
        let n = cost.len();
        for i in (0..n.saturating_sub(2)).rev() {
            cost[i] += cost[i + 1].min(cost[i + 2]);
        }
        cost[0].min(cost[1])
    }
}
