// Up to 20 intervals: tries every subset and keeps the largest one whose
// intervals pairwise do not overlap. Larger inputs: the O(n^2) dynamic
// program "largest compatible set ending with interval i", on intervals
// sorted by end.
impl Solution {
    pub fn erase_overlap_intervals(intervals: Vec<Vec<i32>>) -> i32 {
        let n = intervals.len();
        let overlap = |a: &Vec<i32>, b: &Vec<i32>| a[0] < b[1] && b[0] < a[1];
        let mut best = 0;
        if n <= 20 {
            for mask in 0u32..(1 << n) {
                let chosen: Vec<usize> = (0..n).filter(|&i| mask >> i & 1 == 1).collect();
                let ok = chosen.iter().all(|&i| {
                    chosen
                        .iter()
                        .all(|&j| i == j || !overlap(&intervals[i], &intervals[j]))
                });
                if ok {
                    best = best.max(chosen.len());
                }
            }
        } else {
            let mut iv = intervals.clone();
            iv.sort_by_key(|v| v[1]);
            let mut size = vec![1usize; n];
            for i in 0..n {
                for j in 0..i {
                    if iv[j][1] <= iv[i][0] {
                        size[i] = size[i].max(size[j] + 1);
                    }
                }
                best = best.max(size[i]);
            }
        }
        (n - best) as i32
    }
}
