impl Solution {
    pub fn hamming_weight(n: i32) -> i32 {
        // n & (n - 1) clears the lowest set bit: one step per 1 bit.
        let mut n = n;
        let mut count = 0;
        while n != 0 {
            n &= n - 1;
            count += 1;
        }
        count
    }
}
