impl Solution {
    pub fn partition_labels(s: String) -> Vec<i32> {
        // Count what remains of each letter. A letter is "open" from its
        // first copy in the current piece until its last copy is passed; a
        // piece can end exactly when no letter is open.
        let bytes = s.as_bytes();
        let mut remaining = [0u32; 26];
        for &b in bytes {
            remaining[(b - b'a') as usize] += 1;
        }
        let mut seen = [false; 26];
        let mut open = 0;
        let mut sizes = Vec::new();
        let mut len = 0;
        for &b in bytes {
            let c = (b - b'a') as usize;
            if !seen[c] {
                seen[c] = true;
                open += 1;
            }
            remaining[c] -= 1;
            if remaining[c] == 0 {
                open -= 1;
            }
            len += 1;
            if open == 0 {
                sizes.push(len);
                len = 0;
            }
        }
        sizes
    }
}
