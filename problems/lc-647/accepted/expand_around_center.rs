// Grows a palindrome from each of the 2n - 1 middles (a letter, or the gap
// after it) while both ends match; each step is one more palindrome.
impl Solution {
    pub fn count_substrings(s: String) -> i32 {
        let b = s.as_bytes();
        let n = b.len();
        let mut count = 0;
        for i in 0..n {
            count += Self::grow(b, i as isize, i as isize);
            count += Self::grow(b, i as isize, i as isize + 1);
        }
        count
    }

    fn grow(b: &[u8], mut l: isize, mut r: isize) -> i32 {
        let mut found = 0;
        while l >= 0 && (r as usize) < b.len() && b[l as usize] == b[r as usize] {
            found += 1;
            l -= 1;
            r += 1;
        }
        found
    }
}
