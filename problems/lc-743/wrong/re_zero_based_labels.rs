use std::cmp::Reverse;
use std::collections::BinaryHeap;

impl Solution {
    pub fn network_delay_time(times: Vec<Vec<i32>>, n: i32, k: i32) -> i32 {
        // Sizes its arrays for n nodes but indexes them with the 1-based
        // labels: node n is out of bounds.
        let n = n as usize;
        let mut out = vec![Vec::new(); n];
        for t in &times {
            out[t[0] as usize].push((t[1] as usize, t[2]));
        }
        let mut dist = vec![i32::MAX; n];
        let mut heap = BinaryHeap::from([Reverse((0, k as usize))]);
        while let Some(Reverse((d, u))) = heap.pop() {
            if dist[u] != i32::MAX {
                continue;
            }
            dist[u] = d;
            for &(v, w) in &out[u] {
                heap.push(Reverse((d + w, v)));
            }
        }
        let worst = *dist.iter().max().unwrap();
        if worst == i32::MAX { -1 } else { worst }
    }
}
