impl Solution {
    pub fn num_distinct(s: String, t: String) -> i32 {
        let s = s.as_bytes();
        let t = t.as_bytes();
        let m = t.len();
        // ways[j]: the number of ways to spell t[..j] with the characters of
        // s read so far. Counts for prefixes of t can exceed even u64 while
        // the final answer fits in i32; wrapping additions keep every count
        // exact modulo 2^64, so the final one is exact.
        let mut ways = vec![0u64; m + 1];
        ways[0] = 1;
        for &c in s {
            // Downwards, so that this character of s is used at most once.
            for j in (1..=m).rev() {
                if t[j - 1] == c {
                    ways[j] = ways[j].wrapping_add(ways[j - 1]);
                }
            }
        }
        ways[m] as i32
    }
}
