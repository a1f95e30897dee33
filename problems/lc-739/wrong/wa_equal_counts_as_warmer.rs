// Monotonic stack, but pops while the new day is at least as warm, so a
// later day with the same temperature is taken as the warmer one.
impl Solution {
    pub fn daily_temperatures(temperatures: Vec<i32>) -> Vec<i32> {
        let mut res = vec![0; temperatures.len()];
        let mut stack: Vec<usize> = Vec::new();
        for i in 0..temperatures.len() {
            while !stack.is_empty() && temperatures[*stack.last().unwrap()] <= temperatures[i] {
                let j = stack.pop().unwrap();
                res[j] = (i - j) as i32;
            }
            stack.push(i);
        }
        res
    }
}
