// Manacher's algorithm, O(n): interleave a separator between the characters
// so every palindrome has odd length, then compute the radius around every
// position, starting from the mirror position's radius inside the rightmost
// palindrome found so far.
impl Solution {
    pub fn longest_palindrome(s: String) -> String {
        let mut t = vec![b'#'];
        for &c in s.as_bytes() {
            t.push(c);
            t.push(b'#');
        }
        let m = t.len();
        let mut rad = vec![0usize; m];
        let (mut centre, mut right) = (0usize, 0usize); // right: centre + rad[centre]
        for i in 0..m {
            let mut r = if i < right { rad[2 * centre - i].min(right - i) } else { 0 };
            while i >= r + 1 && i + r + 1 < m && t[i - r - 1] == t[i + r + 1] {
                r += 1;
            }
            rad[i] = r;
            if i + r > right {
                centre = i;
                right = i + r;
            }
        }
        // In t, a radius r around i is a palindrome of s of length r
        // starting at (i - r) / 2.
        let (mut best_i, mut best_r) = (0, 0);
        for i in 0..m {
            if rad[i] > best_r {
                best_i = i;
                best_r = rad[i];
            }
        }
        let start = (best_i - best_r) / 2;
        s[start..start + best_r].to_string()
    }
}
