impl Solution {
    pub fn my_pow(x: f64, n: i32) -> f64 {
        // The definition: multiply |n| factors of x, then take the
        // reciprocal for a negative exponent.
        let mut result = 1.0;
        for _ in 0..n.unsigned_abs() {
            result *= x;
        }
        if n < 0 {
            1.0 / result
        } else {
            result
        }
    }
}
