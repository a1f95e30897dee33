impl Solution {
    pub fn longest_palindrome(s: String) -> String {
        // Try every substring, longest first, and return the first one that
        // equals its own reverse.
        let chars: Vec<char> = s.chars().collect();
        let n = chars.len();
        for len in (1..=n).rev() {
            for start in 0..=n - len {
                let piece = &chars[start..start + len];
                let reversed: Vec<char> = piece.iter().rev().cloned().collect();
                if piece == reversed.as_slice() {
                    return piece.iter().collect();
                }
            }
        }
        String::new()
    }
}
