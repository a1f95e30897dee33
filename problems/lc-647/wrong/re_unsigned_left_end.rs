// Expands with usize indices and tests the left end only after moving it:
// stepping left from index 0 wraps around (overflow checks are off in
// release builds) and the next comparison indexes far out of bounds.
impl Solution {
    pub fn count_substrings(s: String) -> i32 {
        let b = s.as_bytes();
        let n = b.len();
        let mut count = 0;
        for c in 0..n {
            for (mut l, mut r) in [(c, c), (c, c + 1)] {
                while r < n && b[l] == b[r] {
                    count += 1;
                    l = l.wrapping_sub(1);
                    r += 1;
                }
            }
        }
        count
    }
}
