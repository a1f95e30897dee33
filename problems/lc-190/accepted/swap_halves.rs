impl Solution {
    pub fn reverse_bits(n: i32) -> i32 {
        // Divide and conquer: swap the 16-bit halves, then the bytes within
        // them, then nibbles, pairs and single bits.
        let mut x = n as u32;
        x = (x >> 16) | (x << 16);
        x = ((x & 0xff00_ff00) >> 8) | ((x & 0x00ff_00ff) << 8);
        x = ((x & 0xf0f0_f0f0) >> 4) | ((x & 0x0f0f_0f0f) << 4);
        x = ((x & 0xcccc_cccc) >> 2) | ((x & 0x3333_3333) << 2);
        x = ((x & 0xaaaa_aaaa) >> 1) | ((x & 0x5555_5555) << 1);
        x as i32
    }
}
