use std::collections::VecDeque;

impl Solution {
    pub fn find_cheapest_price(n: i32, flights: Vec<Vec<i32>>, src: i32, dst: i32, k: i32) -> i32 {
        // Breadth-first by number of flights, at most k + 1 levels; a city
        // is queued again only when it is reached more cheaply than before.
        let n = n as usize;
        let mut out = vec![Vec::new(); n];
        for f in &flights {
            out[f[0] as usize].push((f[1] as usize, f[2]));
        }
        let mut best = vec![i32::MAX; n];
        best[src as usize] = 0;
        let mut queue = VecDeque::from([(src as usize, 0)]);
        for _ in 0..=k {
            for _ in 0..queue.len() {
                let (city, cost) = queue.pop_front().unwrap();
                for &(next, price) in &out[city] {
                    if cost + price < best[next] {
                        best[next] = cost + price;
                        queue.push_back((next, cost + price));
                    }
                }
            }
        }
        if best[dst as usize] == i32::MAX { -1 } else { best[dst as usize] }
    }
}
