impl Solution {
    pub fn reverse_bits(n: i32) -> i32 {
        // Thinks of a positive i32 as 31 bits and reverses only those: every
        // answer comes out half as large as it should be.
        let mut x = n;
        let mut result = 0;
        for _ in 0..31 {
            result = (result << 1) | (x & 1);
            x >>= 1;
        }
        result
    }
}
