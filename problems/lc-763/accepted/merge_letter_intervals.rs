impl Solution {
    pub fn partition_labels(s: String) -> Vec<i32> {
        // Each letter spans an interval from its first to its last index.
        // Merge overlapping intervals (sorted by start); each merged
        // interval is one piece.
        let mut span: [Option<(usize, usize)>; 26] = [None; 26];
        for (i, b) in s.bytes().enumerate() {
            let c = (b - b'a') as usize;
            span[c] = Some(match span[c] {
                None => (i, i),
                Some((first, _)) => (first, i),
            });
        }
        let mut intervals: Vec<(usize, usize)> = span.iter().flatten().copied().collect();
        intervals.sort();
        let mut merged: Vec<(usize, usize)> = Vec::new();
        for (a, b) in intervals {
            match merged.last_mut() {
                Some(last) if a <= last.1 => last.1 = last.1.max(b),
                _ => merged.push((a, b)),
            }
        }
        merged.iter().map(|&(a, b)| (b - a + 1) as i32).collect()
    }
}
