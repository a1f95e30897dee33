// Sort a copy of all points by their Euclidean distance, computed as an f64
// square root inside the comparator, and keep the first k. O(n log n), with
// two square roots per comparison. (Distinct squared distances up to
// 2 * 10^8 have distinct f64 square roots, so the order is exact.)
impl Solution {
    pub fn k_closest(points: Vec<Vec<i32>>, k: i32) -> Vec<Vec<i32>> {
        fn dist(p: &Vec<i32>) -> f64 {
            let (x, y) = (p[0] as f64, p[1] as f64);
            (x * x + y * y).sqrt()
        }
        let mut sorted = points.clone();
        sorted.sort_by(|a, b| dist(a).partial_cmp(&dist(b)).unwrap());
        sorted.iter().take(k as usize).cloned().collect()
    }
}
