impl Solution {
    pub fn daily_temperatures(temperatures: Vec<i32>) -> Vec<i32> {
        let mut answer = vec![0; temperatures.len()];
        // Days still waiting for a warmer one; their temperatures never rise
        // from the bottom of the stack to the top.
        let mut waiting: Vec<usize> = Vec::new();
        for (day, &temp) in temperatures.iter().enumerate() {
            while let Some(&prev) = waiting.last() {
                if temperatures[prev] >= temp {
                    break;
                }
                answer[prev] = (day - prev) as i32;
                waiting.pop();
            }
            waiting.push(day);
        }
        answer
    }
}
