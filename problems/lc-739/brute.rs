// For each day, look for the first later day that is strictly warmer.
impl Solution {
    pub fn daily_temperatures(temperatures: Vec<i32>) -> Vec<i32> {
        let n = temperatures.len();
        (0..n)
            .map(|i| {
                (i + 1..n)
                    .find(|&j| temperatures[j] > temperatures[i])
                    .map_or(0, |j| (j - i) as i32)
            })
            .collect()
    }
}
