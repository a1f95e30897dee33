// A table with one extra slot for the top: top[i] is the least paid to
// arrive at position i (not counting cost[i]); steps 0 and 1 are free.
impl Solution {
    pub fn min_cost_climbing_stairs(cost: Vec<i32>) -> i32 {
        let n = cost.len();
        let mut arrive = vec![0; n + 1];
        for i in 2..=n {
            arrive[i] = (arrive[i - 1] + cost[i - 1]).min(arrive[i - 2] + cost[i - 2]);
        }
        arrive[n]
    }
}
