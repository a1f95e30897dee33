// Greedy that runs, in each slot, the first letter in alphabetical order that
// is off cooldown. It ignores how many tasks each letter has left, so a rare
// letter can use the slot the frequent one needed: for A, B, B, B with n = 1
// it runs A, B, idle, B, idle, B (6 slots) instead of B, A, B, idle, B (5).
impl Solution {
    pub fn least_interval(tasks: Vec<char>, n: i32) -> i32 {
        let mut left = [0i32; 26];
        for &t in &tasks {
            left[(t as u8 - b'A') as usize] += 1;
        }
        let mut ready_at = [0i32; 26];
        let mut remaining = tasks.len();
        let mut time = 0;
        while remaining > 0 {
            if let Some(c) = (0..26).find(|&c| left[c] > 0 && ready_at[c] <= time) {
                left[c] -= 1;
                ready_at[c] = time + n + 1;
                remaining -= 1;
            }
            time += 1;
        }
        time
    }
}
