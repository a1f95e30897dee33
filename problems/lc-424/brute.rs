impl Solution {
    pub fn character_replacement(s: String, k: i32) -> i32 {
        let s = s.as_bytes();
        let mut best = 0;
        // Try every letter as the one to keep and every starting position;
        // extend while the other letters in the run fit in k edits.
        for keep in b'A'..=b'Z' {
            for start in 0..s.len() {
                let mut edits = 0;
                let mut end = start;
                while end < s.len() {
                    if s[end] != keep {
                        if edits == k {
                            break;
                        }
                        edits += 1;
                    }
                    end += 1;
                }
                best = best.max(end - start);
            }
        }
        best as i32
    }
}
