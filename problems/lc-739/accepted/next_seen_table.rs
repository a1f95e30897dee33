// LeetCode's "next array": walking from the last day back, remember the
// latest-seen (so nearest) day of each temperature 30..=100; a day's answer
// is the nearest among all warmer temperatures. O(71 n).
impl Solution {
    pub fn daily_temperatures(temperatures: Vec<i32>) -> Vec<i32> {
        let n = temperatures.len();
        let mut nearest = vec![usize::MAX; 101];
        let mut answer = vec![0; n];
        for i in (0..n).rev() {
            let t = temperatures[i] as usize;
            let mut best = usize::MAX;
            for warmer in t + 1..=100 {
                best = best.min(nearest[warmer]);
            }
            if best != usize::MAX {
                answer[i] = (best - i) as i32;
            }
            nearest[t] = i;
        }
        answer
    }
}
