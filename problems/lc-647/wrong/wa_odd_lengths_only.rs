// Expands only around letters, never around the gap between two letters,
// so even-length palindromes are missed: "aa" gives 2 instead of 3.
impl Solution {
    pub fn count_substrings(s: String) -> i32 {
        let b = s.as_bytes();
        let n = b.len() as i32;
        let mut count = 0;
        for c in 0..n {
            let (mut l, mut r) = (c, c);
            while l >= 0 && r < n && b[l as usize] == b[r as usize] {
                count += 1;
                l -= 1;
                r += 1;
            }
        }
        count
    }
}
