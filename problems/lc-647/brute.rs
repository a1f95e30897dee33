// Every substring, checked by comparing it with its reverse.
impl Solution {
    pub fn count_substrings(s: String) -> i32 {
        let c: Vec<char> = s.chars().collect();
        let mut count = 0;
        for i in 0..c.len() {
            for j in i + 1..=c.len() {
                let piece = &c[i..j];
                let reversed: Vec<char> = piece.iter().rev().copied().collect();
                if piece == reversed.as_slice() {
                    count += 1;
                }
            }
        }
        count
    }
}
