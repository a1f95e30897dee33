impl Solution {
    pub fn partition_labels(s: String) -> Vec<i32> {
        let bytes = s.as_bytes();
        Self::most(bytes, 0)
    }

    // From `start`, tries every allowed end of the first piece, solves the
    // rest recursively and keeps the longest list, without remembering
    // results. With 26 separate blocks that is 2^25 ways, each checked
    // letter by letter.
    fn most(s: &[u8], start: usize) -> Vec<i32> {
        let n = s.len();
        let mut best = vec![(n - start) as i32];
        for end in start..n - 1 {
            let piece = &s[start..=end];
            let rest = &s[end + 1..];
            if piece.iter().all(|c| !rest.contains(c)) {
                let mut sizes = vec![(end + 1 - start) as i32];
                sizes.extend(Self::most(s, end + 1));
                if sizes.len() > best.len() {
                    best = sizes;
                }
            }
        }
        best
    }
}
