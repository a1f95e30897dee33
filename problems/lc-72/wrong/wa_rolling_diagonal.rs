// Squeezes the table into one row but reads the diagonal from row[j - 1],
// which this row has already overwritten, instead of saving the old value.
impl Solution {
    pub fn min_distance(word1: String, word2: String) -> i32 {
        let a = word1.as_bytes();
        let b = word2.as_bytes();
        let n = b.len();
        let mut row: Vec<i32> = (0..=n as i32).collect();
        for i in 1..=a.len() {
            row[0] = i as i32;
            for j in 1..=n {
                let diag = row[j - 1];
                row[j] = if a[i - 1] == b[j - 1] {
                    diag
                } else {
                    1 + diag.min(row[j]).min(row[j - 1])
                };
            }
        }
        row[n]
    }
}
