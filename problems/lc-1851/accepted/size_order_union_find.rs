// Intervals from the smallest size up: each one answers every query in its
// range that has no answer yet. The sorted queries that are already answered
// are skipped with a union-find "next unanswered" pointer.
impl Solution {
    pub fn min_interval(intervals: Vec<Vec<i32>>, queries: Vec<i32>) -> Vec<i32> {
        let q = queries.len();
        let mut order: Vec<usize> = (0..q).collect();
        order.sort_unstable_by_key(|&j| queries[j]);
        let values: Vec<i32> = order.iter().map(|&j| queries[j]).collect();
        let mut by_size: Vec<(i32, i32, i32)> =
            intervals.iter().map(|v| (v[1] - v[0] + 1, v[0], v[1])).collect();
        by_size.sort_unstable();

        // next[k]: the first unanswered position >= k in the sorted order
        // (q means none).
        let mut next: Vec<usize> = (0..=q).collect();
        fn find(next: &mut [usize], mut k: usize) -> usize {
            let mut root = k;
            while next[root] != root {
                root = next[root];
            }
            while next[k] != root {
                let up = next[k];
                next[k] = root;
                k = up;
            }
            root
        }

        let mut answer = vec![-1; q];
        for (size, l, r) in by_size {
            let mut k = find(&mut next, values.partition_point(|&v| v < l));
            while k < q && values[k] <= r {
                answer[order[k]] = size;
                next[k] = k + 1;
                k = find(&mut next, k + 1);
            }
        }
        answer
    }
}
