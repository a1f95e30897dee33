impl Solution {
    pub fn count_substrings(s: String) -> i32 {
        // Manacher's algorithm. Put a separator around every letter
        // ("ab" -> "#a#b#") so that every palindrome, odd or even, has a
        // middle position in t.
        let mut t = Vec::with_capacity(2 * s.len() + 1);
        t.push(b'#');
        for b in s.bytes() {
            t.push(b);
            t.push(b'#');
        }
        let m = t.len();
        // radius[i]: how far the palindrome around t[i] reaches on each side.
        let mut radius = vec![0usize; m];
        // The palindrome reaching furthest right so far: middle and right end.
        let (mut middle, mut right) = (0usize, 0usize);
        let mut count = 0usize;
        for i in 0..m {
            if i < right {
                // Mirror of i around `middle`: same radius, as far as the
                // big palindrome's right end.
                radius[i] = (right - i).min(radius[2 * middle - i]);
            }
            while i >= radius[i] + 1 && i + radius[i] + 1 < m && t[i - radius[i] - 1] == t[i + radius[i] + 1] {
                radius[i] += 1;
            }
            if i + radius[i] > right {
                middle = i;
                right = i + radius[i];
            }
            // A radius r in t covers (r + 1) / 2 palindromes of s around
            // this middle, the shortest one first.
            count += (radius[i] + 1) / 2;
        }
        count as i32
    }
}
