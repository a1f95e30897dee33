impl Solution {
    pub fn hamming_weight(n: i32) -> i32 {
        // Read the lowest bit, then shift it out, until nothing is left.
        // n is positive, so the arithmetic shift brings in zeros.
        let mut n = n;
        let mut count = 0;
        while n > 0 {
            count += n & 1;
            n >>= 1;
        }
        count
    }
}
