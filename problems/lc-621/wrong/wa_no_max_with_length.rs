// The frame formula alone: (most - 1) * (n + 1) + tied. It forgets that when
// there are more tasks than the frames' slots, the schedule is simply as long
// as the task list: for A, C, A, B, D, B with n = 1 it answers 4, not 6.
impl Solution {
    pub fn least_interval(tasks: Vec<char>, n: i32) -> i32 {
        let mut counts = [0i32; 26];
        for t in tasks {
            counts[(t as u8 - b'A') as usize] += 1;
        }
        let most = *counts.iter().max().unwrap();
        let tied = counts.iter().filter(|&&c| c == most).count() as i32;
        (most - 1) * (n + 1) + tied
    }
}
