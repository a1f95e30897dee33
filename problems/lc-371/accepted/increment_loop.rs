// Complexity: O(n)
impl Solution {
    pub fn get_sum(a: i32, b: i32) -> i32 {
        // Counting: add or take away one at a time, |b| times (at most
        // 1000), where one is added by flipping the trailing ones and the
        // first zero, and taken away by flipping the trailing zeros and the
        // first one.
        fn inc(x: i32) -> i32 {
            let mut m = 1;
            while x & m != 0 && m != 0 {
                m <<= 1;
            }
            // Flip bits 0 through the first zero bit.
            x ^ (m | (m.wrapping_sub(1)))
        }
        fn dec(x: i32) -> i32 {
            let mut m = 1;
            while x & m == 0 && m != 0 {
                m <<= 1;
            }
            x ^ (m | (m.wrapping_sub(1)))
        }
        let mut sum = a;
        let mut steps = b;
        while steps > 0 {
            sum = inc(sum);
            steps = dec(steps);
        }
        while steps < 0 {
            sum = dec(sum);
            steps = inc(steps);
        }
        sum
    }
}
