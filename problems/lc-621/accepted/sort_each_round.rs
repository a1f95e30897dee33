// Rounds of n + 1 slots: at the start of each round sort the counts and run
// the (up to) n + 1 letters with the most tasks left, once each. Every round
// but the last is full length, idle slots included.
impl Solution {
    pub fn least_interval(tasks: Vec<char>, n: i32) -> i32 {
        let mut counts = vec![0i32; 26];
        for t in &tasks {
            counts[(*t as u8 - b'A') as usize] += 1;
        }
        let round = n as usize + 1;
        let mut time = 0;
        loop {
            counts.sort_unstable_by(|a, b| b.cmp(a));
            if counts[0] == 0 {
                break;
            }
            let mut used = 0;
            for c in counts.iter_mut().take(round) {
                if *c == 0 {
                    break;
                }
                *c -= 1;
                used += 1;
            }
            let done = counts.iter().all(|&c| c == 0);
            time += if done { used } else { round as i32 };
        }
        time
    }
}
