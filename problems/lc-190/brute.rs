impl Solution {
    pub fn reverse_bits(n: i32) -> i32 {
        // Bit i of the input is bit 31 - i of the result.
        let x = n as u32;
        let mut result: u32 = 0;
        for i in 0..32 {
            if x & (1 << i) != 0 {
                result |= 1 << (31 - i);
            }
        }
        result as i32
    }
}
