impl Solution {
    pub fn car_fleet(target: i32, position: Vec<i32>, speed: Vec<i32>) -> i32 {
        // Each car's lone arrival time as a fraction: (distance left, speed).
        let mut cars: Vec<(i32, i64, i64)> = position
            .iter()
            .zip(&speed)
            .map(|(&p, &s)| (p, (target - p) as i64, s as i64))
            .collect();
        // The car closest to the target first.
        cars.sort_unstable_by(|a, b| b.0.cmp(&a.0));
        let mut fleets = 0;
        // The arrival time of the fleet just ahead, as (distance, speed).
        let mut ahead: Option<(i64, i64)> = None;
        for &(_, dist, sp) in &cars {
            // dist / sp > d / s  <=>  dist * s > d * sp (all positive, < 10^12).
            let slower = match ahead {
                None => true,
                Some((d, s)) => dist * s > d * sp,
            };
            if slower {
                fleets += 1;
                ahead = Some((dist, sp));
            }
        }
        fleets
    }
}
