impl Solution {
    pub fn my_pow(x: f64, n: i32) -> f64 {
        if n < 0 {
            // unsigned_abs is exact for every i32, including -2^31.
            1.0 / Self::power(x, n.unsigned_abs())
        } else {
            Self::power(x, n as u32)
        }
    }

    // x^e by halving the exponent, one recursive call per level.
    fn power(x: f64, e: u32) -> f64 {
        if e == 0 {
            return 1.0;
        }
        let half = Self::power(x, e / 2);
        if e % 2 == 0 {
            half * half
        } else {
            half * half * x
        }
    }
}
