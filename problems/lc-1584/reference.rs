impl Solution {
    pub fn min_cost_connect_points(points: Vec<Vec<i32>>) -> i32 {
        // Prim's algorithm on the complete graph without listing its edges:
        // best[j] is the cheapest link from point j to the tree so far.
        let n = points.len();
        let dist = |a: usize, b: usize| (points[a][0] - points[b][0]).abs() + (points[a][1] - points[b][1]).abs();
        let mut in_tree = vec![false; n];
        let mut best = vec![i32::MAX; n];
        best[0] = 0;
        let mut total = 0;
        for _ in 0..n {
            let mut u = usize::MAX;
            for j in 0..n {
                if !in_tree[j] && (u == usize::MAX || best[j] < best[u]) {
                    u = j;
                }
            }
            in_tree[u] = true;
            total += best[u];
            for j in 0..n {
                if !in_tree[j] {
                    best[j] = best[j].min(dist(u, j));
                }
            }
        }
        total
    }
}
