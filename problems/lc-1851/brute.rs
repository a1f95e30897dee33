impl Solution {
    pub fn min_interval(intervals: Vec<Vec<i32>>, queries: Vec<i32>) -> Vec<i32> {
        // For each query, look at every interval that contains it.
        queries
            .iter()
            .map(|&q| {
                let mut best: Option<i32> = None;
                for iv in &intervals {
                    if iv[0] <= q && q <= iv[1] {
                        let size = iv[1] - iv[0] + 1;
                        best = Some(best.map_or(size, |b| b.min(size)));
                    }
                }
                best.unwrap_or(-1)
            })
            .collect()
    }
}
