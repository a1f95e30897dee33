use std::cmp::Reverse;
use std::collections::BinaryHeap;

impl Solution {
    pub fn min_cost_connect_points(points: Vec<Vec<i32>>) -> i32 {
        // Lazy Prim: a min-heap of (cost, point); each newly added point
        // pushes its distance to every point still outside.
        let n = points.len();
        let mut in_tree = vec![false; n];
        let mut heap = BinaryHeap::from([Reverse((0, 0usize))]);
        let mut total = 0;
        let mut count = 0;
        while count < n {
            let Reverse((d, u)) = heap.pop().unwrap();
            if in_tree[u] {
                continue;
            }
            in_tree[u] = true;
            total += d;
            count += 1;
            for v in 0..n {
                if !in_tree[v] {
                    let c = (points[u][0] - points[v][0]).abs() + (points[u][1] - points[v][1]).abs();
                    heap.push(Reverse((c, v)));
                }
            }
        }
        total
    }
}
