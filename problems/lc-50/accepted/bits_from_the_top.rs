impl Solution {
    pub fn my_pow(x: f64, n: i32) -> f64 {
        // Left-to-right binary exponentiation: read the exponent's bits from
        // the most significant one down, squaring for each bit and
        // multiplying in x for each 1 bit; reciprocal at the end.
        let e = n.unsigned_abs();
        let mut result = 1.0;
        for bit in (0..32).rev() {
            result *= result;
            if (e >> bit) & 1 == 1 {
                result *= x;
            }
        }
        if n < 0 {
            1.0 / result
        } else {
            result
        }
    }
}
