impl Solution {
    pub fn my_pow(x: f64, n: i32) -> f64 {
        // Multiplies |n| factors one at a time: up to 2^31 multiplications.
        let mut result = 1.0;
        for _ in 0..(n as i64).abs() {
            result *= x;
        }
        if n < 0 {
            1.0 / result
        } else {
            result
        }
    }
}
