// The table by rows from the bottom, keeping one row: row[j] says whether
// s[i..=j] is a palindrome. Walking j downwards, row[j - 1] still holds the
// value for i + 1 when it is read.
impl Solution {
    pub fn count_substrings(s: String) -> i32 {
        let b = s.as_bytes();
        let n = b.len();
        let mut row = vec![false; n];
        let mut count = 0;
        for i in (0..n).rev() {
            for j in (i..n).rev() {
                row[j] = b[i] == b[j] && (j - i < 2 || row[j - 1]);
                if row[j] {
                    count += 1;
                }
            }
        }
        count
    }
}
