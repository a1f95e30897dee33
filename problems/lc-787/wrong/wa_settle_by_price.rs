use std::cmp::Reverse;
use std::collections::BinaryHeap;

impl Solution {
    pub fn find_cheapest_price(n: i32, flights: Vec<Vec<i32>>, src: i32, dst: i32, k: i32) -> i32 {
        // Plain Dijkstra with a stop limit: each city is settled at its
        // cheapest price, and a pricier arrival with fewer stops is thrown
        // away, though it may be the only way to go on within k stops.
        let n = n as usize;
        let mut out = vec![Vec::new(); n];
        for f in &flights {
            out[f[0] as usize].push((f[1] as usize, f[2]));
        }
        let mut done = vec![false; n];
        let mut heap = BinaryHeap::from([Reverse((0, src as usize, 0))]);
        while let Some(Reverse((cost, city, used))) = heap.pop() {
            if city == dst as usize {
                return cost;
            }
            if done[city] {
                continue;
            }
            done[city] = true;
            if used > k {
                continue;
            }
            for &(next, price) in &out[city] {
                if !done[next] {
                    heap.push(Reverse((cost + price, next, used + 1)));
                }
            }
        }
        -1
    }
}
