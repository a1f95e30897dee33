// The recurrence written as a plain recursion without a memo: each step's
// cost is computed again for every route through it, about 1.6^n calls.
impl Solution {
    pub fn min_cost_climbing_stairs(cost: Vec<i32>) -> i32 {
        fn from(cost: &Vec<i32>, i: usize) -> i32 {
            if i >= cost.len() {
                return 0;
            }
            cost[i] + from(cost, i + 1).min(from(cost, i + 2))
        }
        from(&cost, 0).min(from(&cost, 1))
    }
}
