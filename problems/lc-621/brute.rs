impl Solution {
    pub fn least_interval(tasks: Vec<char>, n: i32) -> i32 {
        // Slot by slot: run, among the letters whose cooldown is over, one
        // with the most tasks left; idle if there is none.
        let mut left = [0i64; 26];
        for &t in &tasks {
            left[(t as u8 - b'A') as usize] += 1;
        }
        let mut next_free = [0i64; 26]; // first slot each letter may run in
        let mut remaining = tasks.len();
        let mut slot: i64 = 0;
        while remaining > 0 {
            let mut best: Option<usize> = None;
            for c in 0..26 {
                if left[c] > 0 && next_free[c] <= slot && best.map_or(true, |b| left[c] > left[b]) {
                    best = Some(c);
                }
            }
            if let Some(c) = best {
                left[c] -= 1;
                next_free[c] = slot + n as i64 + 1;
                remaining -= 1;
            }
            slot += 1;
        }
        slot as i32
    }
}
