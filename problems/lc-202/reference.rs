impl Solution {
    pub fn is_happy(n: i32) -> bool {
        // Floyd's cycle detection on the sequence n, f(n), f(f(n)), ...:
        // the sequence always ends in a cycle, and 1 is a cycle of its own.
        let mut slow = n;
        let mut fast = Self::next(n);
        while fast != 1 && slow != fast {
            slow = Self::next(slow);
            fast = Self::next(Self::next(fast));
        }
        fast == 1
    }

    /// The sum of the squares of the decimal digits of `n`.
    fn next(mut n: i32) -> i32 {
        let mut sum = 0;
        while n > 0 {
            let digit = n % 10;
            sum += digit * digit;
            n /= 10;
        }
        sum
    }
}
