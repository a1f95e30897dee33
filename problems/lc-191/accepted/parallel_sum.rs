impl Solution {
    pub fn hamming_weight(n: i32) -> i32 {
        // Divide and conquer on the bits: add neighbouring 1-bit counts into
        // 2-bit fields, those into 4-bit fields, and so on up to 32 bits.
        let mut x = n as u32;
        x = (x & 0x5555_5555) + ((x >> 1) & 0x5555_5555);
        x = (x & 0x3333_3333) + ((x >> 2) & 0x3333_3333);
        x = (x & 0x0f0f_0f0f) + ((x >> 4) & 0x0f0f_0f0f);
        x = (x & 0x00ff_00ff) + ((x >> 8) & 0x00ff_00ff);
        x = (x & 0x0000_ffff) + (x >> 16);
        x as i32
    }
}
