// Keeps only letters and drops digits as if they were punctuation, so "0P"
// cleans up to "p" and is wrongly called a palindrome.
impl Solution {
    pub fn is_palindrome(s: String) -> bool {
        let letters: Vec<u8> = s
            .bytes()
            .filter(|b| b.is_ascii_alphabetic())
            .map(|b| b.to_ascii_lowercase())
            .collect();
        let n = letters.len();
        (0..n / 2).all(|i| letters[i] == letters[n - 1 - i])
    }
}
