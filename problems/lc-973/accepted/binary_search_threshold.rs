// Binary search on the squared distance D: the smallest D with at least k
// points within it. The answer is unique, so exactly k points lie within
// that D; collect them. O(n log(2 * 10^8)).
impl Solution {
    pub fn k_closest(points: Vec<Vec<i32>>, k: i32) -> Vec<Vec<i32>> {
        let d: Vec<i64> = points.iter().map(|p| p[0] as i64 * p[0] as i64 + p[1] as i64 * p[1] as i64).collect();
        let within = |limit: i64| d.iter().filter(|&&x| x <= limit).count();
        let (mut lo, mut hi) = (0i64, 200_000_000i64);
        while lo < hi {
            let mid = (lo + hi) / 2;
            if within(mid) >= k as usize {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        points.into_iter().zip(d).filter(|(_, x)| *x <= lo).map(|(p, _)| p).collect()
    }
}
