use std::cmp::Reverse;
use std::collections::BinaryHeap;

impl Solution {
    pub fn find_cheapest_price(n: i32, flights: Vec<Vec<i32>>, src: i32, dst: i32, k: i32) -> i32 {
        // Dijkstra on (city, flights used). A state is worth expanding only
        // if it reaches its city with fewer flights than any cheaper state
        // popped before it.
        let n = n as usize;
        let mut out = vec![Vec::new(); n];
        for f in &flights {
            out[f[0] as usize].push((f[1] as usize, f[2]));
        }
        let mut fewest = vec![i32::MAX; n];
        let mut heap = BinaryHeap::from([Reverse((0, src as usize, 0))]);
        while let Some(Reverse((cost, city, used))) = heap.pop() {
            if city == dst as usize {
                return cost;
            }
            if used >= fewest[city] || used > k {
                continue;
            }
            fewest[city] = used;
            for &(next, price) in &out[city] {
                heap.push(Reverse((cost + price, next, used + 1)));
            }
        }
        -1
    }
}
