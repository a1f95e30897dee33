impl Solution {
    pub fn car_fleet(target: i32, position: Vec<i32>, speed: Vec<i32>) -> i32 {
        // A car really arrives at the latest lone arrival time among itself
        // and the cars ahead of it (someone ahead holds it up, or no one
        // does). Cars arriving at the same moment form one fleet, so count
        // the distinct real arrival times, as reduced fractions.
        fn gcd(a: i64, b: i64) -> i64 {
            if b == 0 { a } else { gcd(b, a % b) }
        }
        let n = position.len();
        let time = |i: usize| ((target - position[i]) as i64, speed[i] as i64);
        let mut arrivals: Vec<(i64, i64)> = Vec::new();
        for i in 0..n {
            let mut latest = time(i);
            for j in 0..n {
                let t = time(j);
                if position[j] > position[i] && t.0 * latest.1 > latest.0 * t.1 {
                    latest = t;
                }
            }
            let g = gcd(latest.0, latest.1);
            let reduced = (latest.0 / g, latest.1 / g);
            if !arrivals.contains(&reduced) {
                arrivals.push(reduced);
            }
        }
        arrivals.len() as i32
    }
}
