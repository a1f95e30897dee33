// Builds every substring and its reverse as new strings and compares them:
// about n^2/2 substrings of average length n/3, so O(n^3) on every input.
impl Solution {
    pub fn longest_palindrome(s: String) -> String {
        let n = s.len();
        let mut best = String::new();
        for i in 0..n {
            for j in i + 1..=n {
                let piece = s[i..j].to_string();
                let reversed: String = piece.chars().rev().collect();
                if piece == reversed && piece.len() > best.len() {
                    best = piece;
                }
            }
        }
        best
    }
}
