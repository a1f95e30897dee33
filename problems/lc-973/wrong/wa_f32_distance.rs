// Sorts by the true distance computed in f32. An f32 keeps only 24 bits of
// precision, so squared distances near 10^8 that differ by a few units
// become equal (10^8 + 1 rounds to 10^8), and the stable sort then keeps
// whichever point came first, even if it is the farther one.
impl Solution {
    pub fn k_closest(mut points: Vec<Vec<i32>>, k: i32) -> Vec<Vec<i32>> {
        let dist = |p: &Vec<i32>| ((p[0] * p[0] + p[1] * p[1]) as f32).sqrt();
        points.sort_by(|a, b| dist(a).partial_cmp(&dist(b)).unwrap());
        points.truncate(k as usize);
        points
    }
}
