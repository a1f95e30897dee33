// Count the idle slots: the most frequent letter leaves (most - 1) gaps of
// n slots; every other letter fills up to most - 1 of them (one per gap).
// What is left of the gaps, if anything, is idle time.
impl Solution {
    pub fn least_interval(tasks: Vec<char>, n: i32) -> i32 {
        let mut counts = [0i32; 26];
        for &t in &tasks {
            counts[(t as u8 - b'A') as usize] += 1;
        }
        counts.sort_unstable();
        let most = counts[25];
        let mut idle = (most - 1) * n;
        for &c in counts[..25].iter().rev() {
            if c == 0 || idle <= 0 {
                break;
            }
            idle -= c.min(most - 1);
        }
        tasks.len() as i32 + idle.max(0)
    }
}
