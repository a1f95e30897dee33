use std::cmp::Reverse;
use std::collections::BinaryHeap;

impl Solution {
    pub fn network_delay_time(times: Vec<Vec<i32>>, n: i32, k: i32) -> i32 {
        // Dijkstra with a binary heap; stale heap entries are skipped when
        // popped. The answer is the latest arrival, if every node is reached.
        let n = n as usize;
        let mut out: Vec<Vec<(usize, i32)>> = vec![Vec::new(); n + 1];
        for t in &times {
            out[t[0] as usize].push((t[1] as usize, t[2]));
        }
        let mut arrival: Vec<Option<i32>> = vec![None; n + 1];
        let mut heap = BinaryHeap::from([Reverse((0, k as usize))]);
        let mut settled = 0;
        let mut last = 0;
        while let Some(Reverse((time, u))) = heap.pop() {
            if arrival[u].is_some() {
                continue;
            }
            arrival[u] = Some(time);
            settled += 1;
            last = time;
            for &(v, w) in &out[u] {
                if arrival[v].is_none() {
                    heap.push(Reverse((time + w, v)));
                }
            }
        }
        if settled == n { last } else { -1 }
    }
}
