impl Solution {
    pub fn min_cost_climbing_stairs(cost: Vec<i32>) -> i32 {
        // two = the cheapest way to stand on step i - 2, one = on step i - 1
        // (each includes that step's own price).
        let (mut two, mut one) = (cost[0], cost[1]);
        for &c in &cost[2..] {
            let here = c + two.min(one);
            two = one;
            one = here;
        }
        // The top is reached from either of the last two steps.
        two.min(one)
    }
}
