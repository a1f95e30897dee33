impl Solution {
    pub fn min_cost_connect_points(points: Vec<Vec<i32>>) -> i32 {
        // Boruvka: in each round every component picks its cheapest edge to
        // another component (ties broken by the pair's indices), and all the
        // picks are added. The number of components at least halves per
        // round: O(n^2 log n).
        let n = points.len();
        let mut comp: Vec<usize> = (0..n).collect();
        let mut components = n;
        let mut total: i64 = 0;
        while components > 1 {
            let mut pick: Vec<Option<(i32, usize, usize)>> = vec![None; n];
            for i in 0..n {
                for j in 0..n {
                    if comp[i] == comp[j] {
                        continue;
                    }
                    let d = (points[i][0] - points[j][0]).abs() + (points[i][1] - points[j][1]).abs();
                    let cand = (d, i.min(j), i.max(j));
                    let slot = &mut pick[comp[i]];
                    if slot.map_or(true, |p| cand < p) {
                        *slot = Some(cand);
                    }
                }
            }
            for p in pick.into_iter().flatten() {
                let (d, i, j) = p;
                let (a, b) = (comp[i], comp[j]);
                if a != b {
                    total += d as i64;
                    components -= 1;
                    for c in comp.iter_mut() {
                        if *c == b {
                            *c = a;
                        }
                    }
                }
            }
        }
        total as i32
    }
}
