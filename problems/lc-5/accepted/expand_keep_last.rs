// Expands around every middle, left to right, but lets a palindrome as long
// as the best one replace it: among several longest palindromes it returns
// the one furthest to the right (any longest one is accepted).
impl Solution {
    pub fn longest_palindrome(s: String) -> String {
        let b: Vec<char> = s.chars().collect();
        let n = b.len() as i64;
        let mut best = (0i64, 0i64); // inclusive bounds
        let expand = |mut l: i64, mut r: i64| -> (i64, i64) {
            while l >= 0 && r < n && b[l as usize] == b[r as usize] {
                l -= 1;
                r += 1;
            }
            (l + 1, r - 1)
        };
        for c in 0..n {
            for (l, r) in [expand(c, c), expand(c, c + 1)] {
                if r - l >= best.1 - best.0 {
                    best = (l, r);
                }
            }
        }
        b[best.0 as usize..=best.1 as usize].iter().collect()
    }
}
