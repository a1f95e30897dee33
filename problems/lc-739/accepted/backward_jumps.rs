// No stack: from the right, a day looks at the next day and, while that day
// is not warmer, jumps ahead by that day's own answer (0: nothing warmer
// anywhere after it, so nothing for this day either).
impl Solution {
    pub fn daily_temperatures(temperatures: Vec<i32>) -> Vec<i32> {
        let n = temperatures.len();
        let mut answer = vec![0i32; n];
        for i in (0..n.saturating_sub(1)).rev() {
            let mut j = i + 1;
            while temperatures[j] <= temperatures[i] {
                if answer[j] == 0 {
                    j = n;
                    break;
                }
                j += answer[j] as usize;
            }
            if j < n {
                answer[i] = (j - i) as i32;
            }
        }
        answer
    }
}
