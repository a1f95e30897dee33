impl Solution {
    pub fn my_pow(x: f64, n: i32) -> f64 {
        // The standard library does it in constant time; every i32 converts
        // to f64 exactly. A negative base needs the sign from the parity of n.
        let magnitude = x.abs().powf(n as f64);
        if x < 0.0 && n % 2 != 0 {
            -magnitude
        } else {
            magnitude
        }
    }
}
