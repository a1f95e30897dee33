impl Solution {
    pub fn hamming_weight(n: i32) -> i32 {
        // Stops at the first 0 bit instead of at the end of the number: it
        // counts only the run of 1s at the bottom.
        let mut n = n;
        let mut count = 0;
        while n & 1 == 1 {
            count += 1;
            n >>= 1;
        }
        count
    }
}
