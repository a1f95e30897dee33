use std::collections::{HashMap, VecDeque};

impl Solution {
    pub fn network_delay_time(times: Vec<Vec<i32>>, n: i32, k: i32) -> i32 {
        // Queue-based relaxation (SPFA): a node whose time improved is queued
        // to relax its links again.
        let mut out: HashMap<i32, Vec<(i32, i32)>> = HashMap::new();
        for t in &times {
            out.entry(t[0]).or_default().push((t[1], t[2]));
        }
        let mut dist: HashMap<i32, i32> = HashMap::from([(k, 0)]);
        let mut queue = VecDeque::from([k]);
        let mut queued = vec![false; n as usize + 1];
        queued[k as usize] = true;
        while let Some(u) = queue.pop_front() {
            queued[u as usize] = false;
            let du = dist[&u];
            for &(v, w) in out.get(&u).map(|l| l.as_slice()).unwrap_or(&[]) {
                if dist.get(&v).map_or(true, |&dv| du + w < dv) {
                    dist.insert(v, du + w);
                    if !queued[v as usize] {
                        queued[v as usize] = true;
                        queue.push_back(v);
                    }
                }
            }
        }
        if dist.len() < n as usize { -1 } else { *dist.values().max().unwrap() }
    }
}
