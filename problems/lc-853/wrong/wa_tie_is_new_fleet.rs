// Starts a new fleet when a car's time is greater than OR EQUAL to the
// fleet's time: a car that reaches the fleet exactly at the target is
// counted as a fleet of its own.
impl Solution {
    pub fn car_fleet(target: i32, position: Vec<i32>, speed: Vec<i32>) -> i32 {
        let mut cars: Vec<(i32, f64)> = position
            .iter()
            .zip(&speed)
            .map(|(&p, &s)| (p, (target - p) as f64 / s as f64))
            .collect();
        cars.sort_by(|a, b| b.0.cmp(&a.0));
        let mut fleets = 0;
        let mut slowest = 0.0;
        for (_, t) in cars {
            if t >= slowest {
                fleets += 1;
                slowest = t;
            }
        }
        fleets
    }
}
