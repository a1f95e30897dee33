// Greedy: walks through text1 and matches each character with its next
// occurrence in text2. An early match can jump past characters that a longer
// subsequence needs ("abccc" and "cccab" give 2 instead of 3).
impl Solution {
    pub fn longest_common_subsequence(text1: String, text2: String) -> i32 {
        let b = text2.as_bytes();
        let mut pos = 0;
        let mut count = 0;
        for &x in text1.as_bytes() {
            if let Some(k) = b[pos..].iter().position(|&y| y == x) {
                pos += k + 1;
                count += 1;
            }
        }
        count
    }
}
