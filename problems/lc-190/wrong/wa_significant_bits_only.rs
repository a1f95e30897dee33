impl Solution {
    pub fn reverse_bits(n: i32) -> i32 {
        // Stops when the input runs out of 1 bits: only the bits up to the
        // highest 1 are reversed, and the leading zeros never move to the
        // end. 6 (110) gives 3 (011) instead of 1610612736.
        let mut x = n;
        let mut result = 0;
        while x > 0 {
            result = (result << 1) | (x & 1);
            x >>= 1;
        }
        result
    }
}
