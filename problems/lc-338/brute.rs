impl Solution {
    pub fn count_bits(n: i32) -> Vec<i32> {
        // Count the bits of each number separately, one bit at a time.
        (0..=n)
            .map(|i| {
                let mut x = i;
                let mut c = 0;
                while x > 0 {
                    c += x & 1;
                    x >>= 1;
                }
                c
            })
            .collect()
    }
}
