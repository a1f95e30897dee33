impl Solution {
    pub fn network_delay_time(times: Vec<Vec<i32>>, n: i32, k: i32) -> i32 {
        // Floyd-Warshall over all pairs, then read off the row of k.
        let n = n as usize;
        const INF: i64 = i64::MAX / 4;
        let mut d = vec![vec![INF; n + 1]; n + 1];
        for i in 1..=n {
            d[i][i] = 0;
        }
        for t in &times {
            let (u, v, w) = (t[0] as usize, t[1] as usize, t[2] as i64);
            d[u][v] = d[u][v].min(w);
        }
        for m in 1..=n {
            for i in 1..=n {
                for j in 1..=n {
                    if d[i][m] + d[m][j] < d[i][j] {
                        d[i][j] = d[i][m] + d[m][j];
                    }
                }
            }
        }
        let worst = (1..=n).map(|v| d[k as usize][v]).max().unwrap();
        if worst >= INF { -1 } else { worst as i32 }
    }
}
