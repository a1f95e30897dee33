// No comparison sort: positions are below target <= 10^6, so put each
// car's lone time in a table indexed by position and walk it from the
// target backwards. O(n + target).
impl Solution {
    pub fn car_fleet(target: i32, position: Vec<i32>, speed: Vec<i32>) -> i32 {
        let mut time_at = vec![-1.0f64; target as usize];
        for (&p, &s) in position.iter().zip(&speed) {
            time_at[p as usize] = (target - p) as f64 / s as f64;
        }
        let mut fleets = 0;
        let mut slowest = 0.0;
        for &t in time_at.iter().rev() {
            if t > slowest {
                fleets += 1;
                slowest = t;
            }
        }
        fleets
    }
}
