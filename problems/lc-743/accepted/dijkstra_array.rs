impl Solution {
    pub fn network_delay_time(times: Vec<Vec<i32>>, n: i32, k: i32) -> i32 {
        // Dijkstra without a heap on an adjacency matrix: n rounds, each
        // picking the closest unsettled node by a scan. O(n^2).
        let n = n as usize;
        let mut w = vec![vec![-1i32; n]; n];
        for t in &times {
            w[t[0] as usize - 1][t[1] as usize - 1] = t[2];
        }
        let mut dist = vec![i32::MAX; n];
        let mut done = vec![false; n];
        dist[k as usize - 1] = 0;
        for _ in 0..n {
            let u = match (0..n).filter(|&i| !done[i] && dist[i] != i32::MAX).min_by_key(|&i| dist[i]) {
                Some(u) => u,
                None => return -1,
            };
            done[u] = true;
            for v in 0..n {
                if w[u][v] >= 0 && dist[u] + w[u][v] < dist[v] {
                    dist[v] = dist[u] + w[u][v];
                }
            }
        }
        *dist.iter().max().unwrap()
    }
}
