impl Solution {
    pub fn min_distance(word1: String, word2: String) -> i32 {
        let (a, b) = (word1.as_bytes(), word2.as_bytes());
        // row[j]: the distance between the current prefix of `a` and the
        // first j letters of `b`. Row 0: building b[..j] from nothing.
        let mut row: Vec<usize> = (0..=b.len()).collect();
        for i in 1..=a.len() {
            // `diag` holds the previous row's value at j - 1.
            let mut diag = row[0];
            row[0] = i;
            for j in 1..=b.len() {
                let above = row[j];
                row[j] = if a[i - 1] == b[j - 1] {
                    diag
                } else {
                    // replace, delete a[i - 1], insert b[j - 1]
                    1 + diag.min(above).min(row[j - 1])
                };
                diag = above;
            }
        }
        row[b.len()] as i32
    }
}
