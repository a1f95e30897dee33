// The slowest approach LeetCode accepts here: insert every car into an
// ordered map from position to lone time (one tree node per car, O(n log n)),
// then fold over it from the largest position down.
use std::collections::BTreeMap;

impl Solution {
    pub fn car_fleet(target: i32, position: Vec<i32>, speed: Vec<i32>) -> i32 {
        let by_position: BTreeMap<i32, f64> = position
            .iter()
            .zip(speed.iter())
            .map(|(&p, &s)| (p, f64::from(target - p) / f64::from(s)))
            .collect();
        by_position
            .values()
            .rev()
            .fold((0, f64::NEG_INFINITY), |(fleets, slowest), &t| {
                if t > slowest { (fleets + 1, t) } else { (fleets, slowest) }
            })
            .0
    }
}
