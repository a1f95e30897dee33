impl Solution {
    pub fn hamming_weight(n: i32) -> i32 {
        // Mixes up the bases: takes the number apart with % 10 and / 10,
        // counting odd decimal digits instead of 1 bits.
        let mut n = n;
        let mut count = 0;
        while n > 0 {
            count += n % 2;
            n /= 10;
        }
        count
    }
}
