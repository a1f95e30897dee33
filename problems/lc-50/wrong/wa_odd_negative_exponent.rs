impl Solution {
    pub fn my_pow(x: f64, n: i32) -> f64 {
        // Recursive halving that handles the sign implicitly through n / 2.
        // But for a negative odd n the extra factor must be 1/x, not x:
        // 2^-1 comes out as 2^0 * 2 = 2.
        if n == 0 {
            return 1.0;
        }
        let half = Self::my_pow(x, n / 2);
        if n % 2 == 0 {
            half * half
        } else {
            half * half * x
        }
    }
}
