impl Solution {
    pub fn find_cheapest_price(n: i32, flights: Vec<Vec<i32>>, src: i32, dst: i32, k: i32) -> i32 {
        // Bellman-Ford for k + 1 rounds, but relaxing in place: a cost
        // improved earlier in the same round is used again at once, so one
        // round can add several flights.
        let mut cost = vec![i32::MAX; n as usize];
        cost[src as usize] = 0;
        for _ in 0..=k {
            for f in &flights {
                let (from, to, price) = (f[0] as usize, f[1] as usize, f[2]);
                if cost[from] != i32::MAX && cost[from] + price < cost[to] {
                    cost[to] = cost[from] + price;
                }
            }
        }
        if cost[dst as usize] == i32::MAX { -1 } else { cost[dst as usize] }
    }
}
