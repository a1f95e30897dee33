// The one-row table, but with j running upwards: a character of s that
// matches two neighbouring characters of t is used for both, counting ways
// that reuse a position ("aa" in "aa" gives 3 instead of 1).
impl Solution {
    pub fn num_distinct(s: String, t: String) -> i32 {
        let t = t.as_bytes();
        let m = t.len();
        let mut ways = vec![0u64; m + 1];
        ways[0] = 1;
        for c in s.bytes() {
            for j in 1..=m {
                if t[j - 1] == c {
                    ways[j] = ways[j].wrapping_add(ways[j - 1]);
                }
            }
        }
        ways[m] as i32
    }
}
