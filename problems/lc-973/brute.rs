impl Solution {
    pub fn k_closest(points: Vec<Vec<i32>>, k: i32) -> Vec<Vec<i32>> {
        // Sort everything by squared distance (in i64, no overflow worries).
        let dist = |p: &Vec<i32>| (p[0] as i64) * (p[0] as i64) + (p[1] as i64) * (p[1] as i64);
        let mut sorted = points;
        sorted.sort_by_key(|p| dist(p));
        sorted.truncate(k as usize);
        sorted
    }
}
