impl Solution {
    pub fn hamming_weight(n: i32) -> i32 {
        // Test each of the 32 bit positions.
        let mut count = 0;
        for bit in 0..32 {
            if (n >> bit) & 1 == 1 {
                count += 1;
            }
        }
        count
    }
}
