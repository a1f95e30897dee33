impl Solution {
    pub fn network_delay_time(times: Vec<Vec<i32>>, n: i32, k: i32) -> i32 {
        // Tries every simple path out of k and keeps the fastest arrival at
        // each node. Correct, but the number of paths is exponential.
        let n = n as usize;
        let mut out = vec![Vec::new(); n + 1];
        for t in &times {
            out[t[0] as usize].push((t[1] as usize, t[2]));
        }
        let mut best = vec![i32::MAX; n + 1];
        let mut on_path = vec![false; n + 1];
        fn walk(u: usize, t: i32, out: &[Vec<(usize, i32)>], best: &mut Vec<i32>, on_path: &mut Vec<bool>) {
            best[u] = best[u].min(t);
            on_path[u] = true;
            for &(v, w) in &out[u] {
                if !on_path[v] {
                    walk(v, t + w, out, best, on_path);
                }
            }
            on_path[u] = false;
        }
        walk(k as usize, 0, &out, &mut best, &mut on_path);
        let worst = *best[1..].iter().max().unwrap();
        if worst == i32::MAX { -1 } else { worst }
    }
}
