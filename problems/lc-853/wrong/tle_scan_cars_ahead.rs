// For every car, scans all the other cars to find the latest lone time
// among those ahead of it, without sorting: O(n^2), 10^10 pair checks at
// n = 10^5. A car leads a fleet when it is slower than all of them.
impl Solution {
    pub fn car_fleet(target: i32, position: Vec<i32>, speed: Vec<i32>) -> i32 {
        let n = position.len();
        let time: Vec<f64> = (0..n).map(|i| (target - position[i]) as f64 / speed[i] as f64).collect();
        let mut fleets = 0;
        for i in 0..n {
            let mut latest_ahead = 0.0f64;
            for j in 0..n {
                if position[j] > position[i] && time[j] > latest_ahead {
                    latest_ahead = time[j];
                }
            }
            if time[i] > latest_ahead {
                fleets += 1;
            }
        }
        fleets
    }
}
