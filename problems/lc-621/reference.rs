impl Solution {
    pub fn least_interval(tasks: Vec<char>, n: i32) -> i32 {
        let mut counts = [0usize; 26];
        for &t in &tasks {
            counts[(t as u8 - b'A') as usize] += 1;
        }
        let most = *counts.iter().max().unwrap();
        let tied = counts.iter().filter(|&&c| c == most).count();
        // The letters with the largest count need most - 1 frames of n + 1
        // slots each, then a last frame holding one task of each of them.
        // Every other task fits into the frames' gaps; when they are too many
        // for the gaps, the schedule needs no idle slot and is just as long
        // as the task list.
        let framed = (most - 1) * (n as usize + 1) + tied;
        framed.max(tasks.len()) as i32
    }
}
