impl Solution {
    pub fn partition_labels(s: String) -> Vec<i32> {
        // A piece must reach the last occurrence of every letter in it. Sweep
        // once, extending the current piece's end to the last index of each
        // letter met; reaching that end closes the piece.
        let bytes = s.as_bytes();
        let mut last = [0usize; 26];
        for (i, &b) in bytes.iter().enumerate() {
            last[(b - b'a') as usize] = i;
        }
        let mut sizes = Vec::new();
        let (mut start, mut end) = (0, 0);
        for (i, &b) in bytes.iter().enumerate() {
            end = end.max(last[(b - b'a') as usize]);
            if i == end {
                sizes.push((end - start + 1) as i32);
                start = i + 1;
            }
        }
        sizes
    }
}
