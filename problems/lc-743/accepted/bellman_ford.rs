impl Solution {
    pub fn network_delay_time(times: Vec<Vec<i32>>, n: i32, k: i32) -> i32 {
        // Bellman-Ford: relax every link n - 1 times, O(n * E).
        let n = n as usize;
        let mut dist = vec![i32::MAX; n + 1];
        dist[k as usize] = 0;
        for _ in 1..n {
            for t in &times {
                let (u, v, w) = (t[0] as usize, t[1] as usize, t[2]);
                if dist[u] != i32::MAX && dist[u] + w < dist[v] {
                    dist[v] = dist[u] + w;
                }
            }
        }
        let worst = *dist[1..].iter().max().unwrap();
        if worst == i32::MAX { -1 } else { worst }
    }
}
