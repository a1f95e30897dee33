// Compares each car's lone time with the car directly ahead instead of the
// fleet ahead. A fast car that joined a slow fleet makes the car behind it
// look slower than the fleet it will catch.
impl Solution {
    pub fn car_fleet(target: i32, position: Vec<i32>, speed: Vec<i32>) -> i32 {
        let mut cars: Vec<(i32, f64)> = position
            .iter()
            .zip(&speed)
            .map(|(&p, &s)| (p, (target - p) as f64 / s as f64))
            .collect();
        cars.sort_by(|a, b| b.0.cmp(&a.0));
        let mut fleets = 1;
        for w in cars.windows(2) {
            if w[1].1 > w[0].1 {
                fleets += 1;
            }
        }
        fleets
    }
}
