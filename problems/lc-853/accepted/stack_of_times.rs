// The common stack version: sort by position from the target backwards,
// push each lone time (as f64) and pop it again if it does not exceed the
// time below it (it joined that fleet). The stack holds one time per fleet.
impl Solution {
    pub fn car_fleet(target: i32, position: Vec<i32>, speed: Vec<i32>) -> i32 {
        let mut pairs: Vec<(i32, i32)> = position.into_iter().zip(speed).collect();
        pairs.sort_by(|a, b| b.0.cmp(&a.0));
        let mut stack: Vec<f64> = Vec::new();
        for (p, s) in pairs {
            stack.push((target - p) as f64 / s as f64);
            if stack.len() >= 2 && stack[stack.len() - 1] <= stack[stack.len() - 2] {
                stack.pop();
            }
        }
        stack.len() as i32
    }
}
