use std::collections::VecDeque;

impl Solution {
    pub fn network_delay_time(times: Vec<Vec<i32>>, n: i32, k: i32) -> i32 {
        // Breadth-first search that fixes a node's time the first time it
        // is reached: that is the route with the fewest links, not the
        // fastest one.
        let n = n as usize;
        let mut out = vec![Vec::new(); n + 1];
        for t in &times {
            out[t[0] as usize].push((t[1] as usize, t[2]));
        }
        let mut time = vec![-1i32; n + 1];
        time[k as usize] = 0;
        let mut queue = VecDeque::from([k as usize]);
        while let Some(u) = queue.pop_front() {
            for &(v, w) in &out[u] {
                if time[v] < 0 {
                    time[v] = time[u] + w;
                    queue.push_back(v);
                }
            }
        }
        if time[1..].iter().any(|&t| t < 0) { -1 } else { *time[1..].iter().max().unwrap() }
    }
}
